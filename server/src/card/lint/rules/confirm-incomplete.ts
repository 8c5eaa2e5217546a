// A confirmation dialog needs both a title and a body text; the button page says that without a title
// older clients may ignore the click altogether.
import { isRecord } from '../../parse/values';
import { inComponent } from '../locate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'confirm-incomplete',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/interactive-components/button',
  description: { en: '`confirm` without `title` or `text`.', zh: 'confirm 缺少 title 或 text。' },
  messages: {
    incomplete: {
      en: 'This `confirm` dialog has no `{missing}`: some clients show an empty dialog or ignore the click. Give both `title` and `text`, each as {"tag": "plain_text", "content": "..."}.',
      zh: '此 confirm 二次确认弹窗缺少 {missing}：部分客户端会显示空弹窗或忽略点击。请同时配置 title 和 text，格式为 {"tag": "plain_text", "content": "..."}。',
    },
  },
  components: { keys: ['confirm'] },
  component(component, ctx) {
    const confirm = component.value.confirm;
    if (!isRecord(confirm)) return;
    const missing = ['title', 'text'].filter((k) => !Object.hasOwn(confirm, k));
    if (missing.length > 0) {
      ctx.report(
        inComponent(component, ['confirm'], 'key'),
        'incomplete',
        { missing: missing.join(' / ') },
        { path: component.path },
      );
    }
  },
};

export default rule;
