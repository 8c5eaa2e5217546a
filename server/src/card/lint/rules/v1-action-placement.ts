// JSON 1.0 keeps interactive elements at the root of `elements` in an `action` module: each 1.0 page of
// button, overflow, select_static, select_person, input and the pickers says that at the card root (not
// nested in a column set, form or panel) the element must stand in an `action` module's `actions`. The
// other way round, `actions` holds only those interactive elements. Which tags, from the 1.0 catalog
// (`actionAtRoot`, the action module's slot). The pages state the rule; what a client does with a bare
// button at the root is not documented, so this is an error for the documented rule, not for a known failure.
import { componentSpec } from '../../catalog/catalog';
import { dataPath, stepEdits, tagPlace, text, componentAt } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'v1-action-placement',
  defaultSeverity: 'error',
  appliesTo: ['v1'],
  docs: 'https://open.feishu.cn/document/feishu-cards/card-components/interactive-components/button',
  description: {
    en: 'JSON 1.0 interactive element at the card root outside an `action` module, or a non-interactive one inside it.',
    zh: 'JSON 1.0 卡片根节点的交互组件未放在 action 交互模块中，或 action 中放了非交互组件。',
  },
  messages: {
    needsAction: {
      en: 'At the root of a JSON 1.0 card, `{tag}` must stand in an `action` module (`{"tag": "action", "actions": [...]}`); only nested in a column set, form or panel may it stand alone.',
      zh: '在 JSON 1.0 卡片根节点，{tag} 需放在 action 交互模块的 actions 中（{"tag": "action", "actions": [...]}）；只有嵌套在分栏、表单或折叠面板中时才可单独使用。',
    },
    notInteractive: {
      en: 'An `action` module holds only interactive elements ({allowed}); `{tag}` belongs directly in `elements`.',
      zh: 'action 交互模块中只能放交互组件（{allowed}）；{tag} 应直接放在 elements 中。',
    },
    wrap: { en: 'Put it in an `action` module', zh: '放入 action 交互模块' },
  },
  check(ctx) {
    const allowed = componentSpec('action', 'v1')?.slots?.[0]?.allow ?? [];
    // An index loop, not for-of: a whole-card check runs once per lint, in code V8 leaves unoptimized, where
    // for-of allocates an iterator result per step (40 B a component, 107 KB on the 1 MB bench card).
    const components = ctx.card.components;
    for (let i = 0; i < components.length; i++) {
      const component = components[i];
      const tag = component.tag;
      if (!tag) continue;
      if (!component.parent && component.spec?.actionAtRoot) {
        ctx.report(tagPlace(component), 'needsAction', { tag }, { path: component.path });
      } else if (
        component.parent?.tag === 'action' &&
        component.slot === 'actions' &&
        component.spec &&
        !allowed.includes(tag)
      ) {
        ctx.report(tagPlace(component), 'notInteractive', { tag, allowed: allowed.join(', ') }, {});
      }
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const component = componentAt(ctx.card, path);
    if (!path || !component) return [];
    const edits = stepEdits(ctx.card, ctx.text, [
      { path, value: { tag: 'action', actions: [component.value] } },
    ]);
    // Changes the layout a little (the module's own spacing), so it is offered, not applied unattended.
    return edits.length ? [{ title: text(ctx.locale, rule.messages.wrap), edits, safe: false }] : [];
  },
};

export default rule;
