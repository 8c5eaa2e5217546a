// JSON 1.0 buttons carried `value`, `url` and `multi_url`; in 2.0 the platform accepts them as "historical
// attributes" but the interaction lives in `behaviors`. Which properties are legacy comes from the catalog.
import type { ComponentSpec } from '../../catalog/catalog';
import { arrayItems, pairs, prop, valueOf } from '../../parse/json';
import { containsVariable, isPlainObject } from '../../template/variables';
import { inComponent } from '../locate';
import { behaviorsOf } from './utils/behaviors';
import { componentAt, dataPath, stepEdits, text, type Step } from './utils/shared';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'legacy-interaction-in-v2',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'card-json-v2-breaking-changes-release-notes',
  description: {
    en: '1.0-style interaction fields on a 2.0 component.',
    zh: '2.0 组件上使用了 1.0 的交互字段。',
  },
  messages: {
    legacy: {
      en: '`{key}` is a JSON 1.0 field: on a 2.0 `{tag}` it is not how interactions are configured and may be ignored. Use `behaviors` instead ({replacement}).',
      zh: '{key} 是 JSON 1.0 的字段：在 2.0 的 {tag} 组件上不是配置交互的方式，可能被忽略。请改用 behaviors（{replacement}）。',
    },
    convert: { en: 'Convert to behaviors', zh: '转换为 behaviors' },
    drop: {
      en: 'Remove the 1.0 field (behaviors already cover it)',
      zh: '移除 1.0 字段（behaviors 已覆盖）',
    },
  },
  // Stryker disable next-line ObjectLiteral: the subscription only spares calls, component() skips the rest itself
  components: { keys: ['value', 'url', 'multi_url'] }, // INTERACTION_KEYS
  component(component, ctx) {
    const spec = component.spec;
    if (!spec) return;
    const { value } = component;
    // The interaction keys are fixed names that no Object.prototype member has. A repeated key is reported
    // once, at its last occurrence: the one JSON.parse keeps (the earlier ones do nothing).
    for (let i = 0; i < INTERACTION_KEYS.length; i++) {
      const key = INTERACTION_KEYS[i];
      if (value[key] === undefined || !isLegacyInteraction(spec, key)) continue;
      const replacement =
        key === 'value'
          ? '{"type": "callback", "value": {...}}'
          : '{"type": "open_url", "default_url": "..."}';
      ctx.report(
        inComponent(component, [key], 'key'),
        'legacy',
        // A component with a catalog entry has a tag: the entry is looked up by it.
        { key, tag: String(component.tag), replacement },
        { path: component.path, key },
      );
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    const component = componentAt(ctx.card, path);
    if (!path || !component || !component.spec) return [];
    const legacyKeys = pairs(component.node)
      .map((p) => p.key)
      .filter((k) => component.spec && isLegacyInteraction(component.spec, k));
    const existing = behaviorsOf(component);
    const hasLink = existing.some((b) => b.type === 'open_url');
    const hasCallback = existing.some((b) => b.type === 'callback');
    const added: unknown[] = [];
    const accepts = component.spec.behaviors;

    const current = prop(component.node, 'behaviors');
    const url = valueOf(prop(component.node, 'url'));
    const multi = valueOf(prop(component.node, 'multi_url'));
    // A `${...}` value is filled in from the template data at send time, so what it holds is unknown here.
    // `behaviors` as a variable could be neither read nor appended to (the fix would overwrite it), and a
    // `multi_url` variable stands for the link object that nothing here can convert: no fix rather than an
    // edit that silently loses the author's variable. (A link the behaviors already have covers it.)
    if (containsVariable(valueOf(current))) return [];
    if (containsVariable(multi) && !hasLink) return [];
    // 1.0 lets `multi_url` take over from `url`; its `url` is the fallback for every platform. Without a
    // fallback there is no `default_url`, so no behavior to make (the field is only dropped).
    const fallback = isPlainObject(multi) && typeof multi.url === 'string' ? multi.url : url;
    if (!hasLink && accepts.includes('open_url') && typeof fallback === 'string') {
      const link: Record<string, unknown> = { type: 'open_url', default_url: fallback };
      if (isPlainObject(multi)) {
        for (const k of ['pc_url', 'ios_url', 'android_url'])
          if (typeof multi[k] === 'string') link[k] = multi[k];
      }
      added.push(link);
    }
    if (!hasCallback && accepts.includes('callback') && legacyKeys.includes('value')) {
      added.push({ type: 'callback', value: valueOf(prop(component.node, 'value')) });
    }
    const steps: Step[] = [];
    if (added.length > 0) {
      if (current?.type === 'array') {
        // Append to the existing array so its entries keep their formatting (an index past the last appends).
        const start = arrayItems(current).length;
        added.forEach((item, i) => steps.push({ path: [...path, 'behaviors', start + i], value: item }));
      } else steps.push({ path: [...path, 'behaviors'], value: added });
    }
    for (const key of legacyKeys) steps.push({ path: [...path, key], value: undefined });
    return [
      {
        title: text(ctx.locale, added.length > 0 ? rule.messages.convert : rule.messages.drop),
        edits: stepEdits(ctx.card, ctx.text, steps),
        safe: false,
      },
    ];
  },
};

/**
 * The 1.0 interaction fields the catalog marks legacy. Other legacy properties (the deprecated form
 * `action_type`) still work and are recognised elsewhere, so they are not reported here.
 */
function isLegacyInteraction(spec: ComponentSpec, key: string): boolean {
  return INTERACTION_KEYS.includes(key) && spec.properties[key]?.legacy === true;
}

const INTERACTION_KEYS = ['value', 'url', 'multi_url'];

export default rule;
