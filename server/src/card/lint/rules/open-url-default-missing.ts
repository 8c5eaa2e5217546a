// `default_url` is the one required field of an `open_url` behavior: the fallback for every platform
// without its own URL. Without it the platform rejects the behavior.
import { setAt } from '../../edit/jsonEdits';
import { behaviorPath, behaviorPlace, behaviorsOf } from './utils/behaviors';
import { dataPath, text } from './utils/shared';
import { UNSUPPORTED_ACTION, classifyUrl } from './utils/urls';
import type { Rule } from '../types';

const PLATFORM_KEYS = ['pc_url', 'ios_url', 'android_url'];

const rule: Rule = {
  id: 'open-url-default-missing',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: '`open_url` without `default_url`.', zh: 'open_url 缺少 default_url。' },
  messages: {
    missing: {
      en: 'This `open_url` behavior has no `default_url`: the platform requires it (it is the link for every platform without its own URL), so the card is rejected. Add `"default_url": "https://..."`.',
      zh: '此 open_url 交互缺少 default_url：平台要求必须填写（它是未单独配置链接的各端的兜底链接），否则卡片会被拒绝。请添加 "default_url": "https://..."。',
    },
    use: { en: 'Use {url} as default_url', zh: '将 {url} 用作 default_url' },
  },
  // Stryker disable next-line ObjectLiteral: visiting every component finds the same ones (the check reads behaviors)
  components: { keys: ['behaviors'] },
  component(component, ctx) {
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type !== 'open_url') continue;
      // An open_url behavior is an object: its `type` is one of its keys.
      const value = behavior.value!;
      if (value.default_url !== undefined) continue;
      const candidates: string[] = [];
      for (const key of PLATFORM_KEYS) {
        // The platform keys are fixed names that no Object.prototype member has.
        const url = value[key];
        if (typeof url !== 'string' || url === UNSUPPORTED_ACTION || candidates.includes(url)) continue;
        const kind = classifyUrl(url, true);
        if (kind === 'ok' || kind === 'variable' || kind === 'insecure') candidates.push(url);
      }
      ctx.report(
        // Its `type` is there: it says open_url.
        behaviorPlace(behavior, ['type']),
        'missing',
        {},
        { path: behaviorPath(behavior), candidates },
      );
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const { candidates } = finding.data ?? {};
    if (!path || !Array.isArray(candidates)) return [];
    return candidates
      .filter((url): url is string => typeof url === 'string')
      .map((url) => ({
        title: text(ctx.locale, rule.messages.use, { url }),
        edits: setAt(ctx.card, ctx.text, [...path, 'default_url'], url),
        // With a single platform URL there is nothing to choose.
        safe: candidates.length === 1,
      }));
  },
};

export default rule;
