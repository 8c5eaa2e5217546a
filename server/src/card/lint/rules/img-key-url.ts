// `img_key` takes the key the image upload API returns (`img_v2_…`), never a URL (image pages): a pasted
// https link shows no image (the card may be refused).
import type { Rule } from '../types';

const WEB_LINK = /^https?:\/\//i;

const rule: Rule = {
  id: 'img-key-url',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/content-components/image',
  description: { en: 'A URL where an image key belongs.', zh: 'img_key 中填写了 URL。' },
  messages: {
    url: {
      en: '`img_key` takes an image key from the upload API (e.g. "img_v2_…"), not a URL: upload the image (im/v1/images) and use the returned image_key.',
      zh: 'img_key 需要上传图片接口返回的图片 key（如 "img_v2_…"），不能是 URL：请先上传图片（im/v1/images），再使用返回的 image_key。',
    },
  },
  properties: ['img_key'],
  property({ value, path }, ctx) {
    // Each object's last `img_key`, the one that counts (the walk reads values, as JSON.parse keeps them).
    // Only a string is a pasted link; `String()` of an object read from a tree (a JSONC card) throws, since
    // such objects have no prototype.
    if (typeof value !== 'string' || !WEB_LINK.test(value)) return;
    ctx.report({ path }, 'url');
  },
};

export default rule;
