// `open_url` only works on the components whose catalog entry lists it (buttons, interactive containers).
// Elsewhere the platform rejects or ignores the link; the checker has its own, stricter rule.
import { setAt } from '../../edit/jsonEdits';
import { nodeAt, valueOf } from '../../parse/json';
import type { ComponentNode } from '../../parse/model';
import { behaviorPath, behaviorPlace, behaviorsOf } from './utils/behaviors';
import { componentAt, dataPath, samePath, stepEdits, text } from './utils/shared';
import type { Fix, Rule } from '../types';

const CONTAINER = 'interactive_container';
const NESTING_LIMIT = 5;

const rule: Rule = {
  id: 'open-url-unsupported',
  defaultSeverity: 'warning',
  appliesTo: ['v2'],
  docs: 'configuring-card-interactions',
  description: {
    en: '`open_url` behavior on a component that cannot open links.',
    zh: '不支持打开链接的组件上配置了 open_url。',
  },
  messages: {
    unsupported: {
      en: '`{tag}` cannot open links: the link will not open when the user clicks it (only buttons and interactive containers accept `open_url`). Use a button, or wrap the component in an `interactive_container` that opens the link.',
      zh: '{tag} 组件不支持打开链接：用户点击时不会跳转（只有按钮和交互容器支持 open_url）。请改用按钮，或用配置了该链接的交互容器（interactive_container）包裹此组件。',
    },
    wrap: { en: 'Wrap in an interactive container that opens this link', zh: '用打开此链接的交互容器包裹' },
    remove: { en: 'Remove the link behavior', zh: '移除链接交互' },
  },
  // Stryker disable next-line ObjectLiteral: the subscription only spares calls, component() skips the rest itself
  components: { keys: ['behaviors'] },
  component(component, ctx) {
    const spec = component.spec;
    // Unknown tags belong to the schema rules; the checker to `checker-open-url`; display components
    // with `behaviors` at all to `behaviors-not-interactive`.
    if (!spec || component.tag === 'checker' || spec.behaviors.length === 0) return;
    if (spec.behaviors.includes('open_url')) return;
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type !== 'open_url') continue;
      // A component with a catalog entry has a tag: the entry is looked up by it.
      ctx.report(
        behaviorPlace(behavior),
        'unsupported',
        { tag: String(component.tag) },
        { path: behaviorPath(behavior) },
      );
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    if (!path) return [];
    const componentPath = path.slice(0, -2);
    // The component and the behavior may be gone from the card the finding is asked about (an older version).
    const component = componentAt(ctx.card, componentPath);
    if (!component) return [];
    const entries = behaviorsOf(component);
    const index = entries.findIndex((b) => samePath(behaviorPath(b), path));
    if (index < 0) return [];
    const fixes: Fix[] = [];
    const onlyOne = entries.length === 1;
    // Removing the last entry leaves no `behaviors` at all rather than an empty array.
    const removePath = onlyOne ? componentPath.concat('behaviors') : path;
    fixes.push({
      title: text(ctx.locale, rule.messages.remove),
      edits: setAt(ctx.card, ctx.text, removePath, undefined),
      safe: false,
    });
    if (canWrap(component)) {
      const inner = valueOf(component.node) as Record<string, unknown>;
      const rest = (inner.behaviors as unknown[]).filter((_, i) => i !== index);
      const moved: Record<string, unknown> = { ...inner };
      if (rest.length > 0) moved.behaviors = rest;
      else delete moved.behaviors;
      const behavior = valueOf(nodeAt(component.node, ['behaviors', index]));
      const wrapper = { tag: CONTAINER, behaviors: [behavior], elements: [moved] };
      fixes.unshift({
        title: text(ctx.locale, rule.messages.wrap),
        edits: stepEdits(ctx.card, ctx.text, [{ path: componentPath, value: wrapper }]),
        safe: false,
      });
    }
    return fixes;
  },
};

/**
 * Wrapping must not break a slot that allows only some tags (a column set holds only columns) or the nesting
 * limit. The components this rule reports are leaves that may stand in any container, which no container
 * forbids the wrapper in (the rule's tests hold the catalog to that), so nothing else can break.
 */
function canWrap(component: ComponentNode): boolean {
  const slots = component.parent?.spec?.slots ?? [];
  // Stryker disable next-line ConditionalExpression: every container has one slot, so "any slot" finds the same
  const allow = slots.find((s) => s.path.at(-1) === component.slot)?.allow;
  if (allow && !allow.includes(CONTAINER)) return false;
  // The wrapper is one more container level: interactive containers count towards the limit.
  return component.containerDepth + 1 <= NESTING_LIMIT;
}

export default rule;
