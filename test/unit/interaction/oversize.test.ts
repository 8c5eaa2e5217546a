// A file too large to analyse is shown as a small notice card instead of being sent to the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oversizeNoticeCard, tooLargeToPreview } from '../../../server/src/card/interaction/oversize';
import { DEFAULT_MAX_SIZE } from '../../../server/src/card/parse/parse';

test('only a file over the limit is replaced by the notice (the limit itself is still shown)', () => {
  assert.equal(tooLargeToPreview(DEFAULT_MAX_SIZE), false);
  assert.equal(tooLargeToPreview(DEFAULT_MAX_SIZE + 1), true);
  assert.equal(tooLargeToPreview(10, 10), false);
  assert.equal(tooLargeToPreview(11, 10), true);
});

test('the notice is a 2.0 card with one markdown saying the size, the limit and the message limit', () => {
  const mb = 1024 * 1024;
  const en = JSON.parse(oversizeNoticeCard(3 * mb + mb / 2, 'en', 2 * mb));
  assert.deepEqual(en, {
    schema: '2.0',
    body: {
      elements: [
        {
          tag: 'markdown',
          content:
            'This file is 3.5 MB (3670016 characters), over the 2.0 MB the preview reads, so it is not shown. A card message may be at most 30 KB.',
        },
      ],
    },
  });
  const zh = JSON.parse(oversizeNoticeCard(3 * mb + mb / 2, 'zh', 2 * mb));
  assert.equal(
    zh.body.elements[0].content,
    '此文件有 3.5 MB（3670016 个字符），超过预览读取的 2.0 MB 上限，因此不显示。卡片消息最大 30 KB。',
  );
});

test('without a limit the notice names the parser default', () => {
  const card = JSON.parse(oversizeNoticeCard(DEFAULT_MAX_SIZE + 1, 'en'));
  const limit = (DEFAULT_MAX_SIZE / (1024 * 1024)).toFixed(1);
  assert.ok(card.body.elements[0].content.includes(`over the ${limit} MB the preview reads`));
});
