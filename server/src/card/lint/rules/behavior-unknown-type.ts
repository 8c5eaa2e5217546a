// A behavior `type` the platform does not know is rejected. The old `form_action` behavior (submit/reset)
// shows up in older community code; 2.0 form buttons use `form_action_type` instead.
import { setAt } from '../../edit/jsonEdits';
import { didYouMean } from '../../parse/jsonText';
import { behaviorPath, behaviorPlace, behaviorsOf, type BehaviorEntry } from './utils/behaviors';
import { componentAt, dataPath, stepEdits, text, type Step } from './utils/shared';
import type { Fix, Rule } from '../types';

const KNOWN = ['open_url', 'callback'];

const rule: Rule = {
  id: 'behavior-unknown-type',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'Unknown behavior type.', zh: '未知的交互类型。' },
  messages: {
    unknown: {
      en: 'Unknown behavior type "{type}": the platform rejects the card. A behavior is `open_url` or `callback`.',
      zh: '未知的交互类型 "{type}"：平台会拒绝此卡片。交互类型只能是 open_url 或 callback。',
    },
    unknownSuggest: {
      en: 'Unknown behavior type "{type}": the platform rejects the card. Did you mean "{suggestion}"?',
      zh: '未知的交互类型 "{type}"：平台会拒绝此卡片。是否应为 "{suggestion}"？',
    },
    formAction: {
      en: 'The `form_action` behavior is not part of card JSON 2.0 (it appears only in older community code): form buttons submit or reset with `"form_action_type": "submit"` / `"reset"` on the button, inside a `form`.',
      zh: 'form_action 交互类型不属于卡片 JSON 2.0（仅见于旧的社区代码）：表单按钮应在按钮上设置 "form_action_type": "submit" 或 "reset"，并放在表单容器内。',
    },
    notString: {
      en: 'A behavior `type` must be the string "open_url" or "callback".',
      zh: '交互的 type 必须是字符串 "open_url" 或 "callback"。',
    },
    rewrite: {
      en: 'Use "form_action_type": "{action}" on the form button',
      zh: '改为在表单按钮上设置 "form_action_type": "{action}"',
    },
    replace: { en: 'Change to "{suggestion}"', zh: '改为 "{suggestion}"' },
    remove: { en: 'Remove this behavior', zh: '移除此交互' },
  },
  // Stryker disable next-line ObjectLiteral: equivalent, the subscription only skips components the visitor would pass over
  components: { keys: ['behaviors'] },
  component(component, ctx) {
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      // A missing `type` is a schema (required property) problem; `null` is a type that is no string.
      if (behavior.value?.type === undefined) continue;
      if (behavior.type === undefined)
        ctx.report(behaviorPlace(behavior, ['type']), 'notString', {}, dataOf(behavior));
      else if (behavior.type === 'form_action') {
        // JSON 1.0 documents it (the 1.0 button page); only 2.0 has no such behavior.
        if (ctx.card.kind !== 'v1')
          ctx.report(behaviorPlace(behavior, ['type']), 'formAction', {}, dataOf(behavior));
      } else if (!KNOWN.includes(behavior.type)) {
        const suggestion = didYouMean(behavior.type, KNOWN);
        if (suggestion)
          ctx.report(
            behaviorPlace(behavior, ['type']),
            'unknownSuggest',
            { type: behavior.type, suggestion },
            { ...dataOf(behavior), suggestion },
          );
        else
          ctx.report(behaviorPlace(behavior, ['type']), 'unknown', { type: behavior.type }, dataOf(behavior));
      }
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a guard; every finding of this rule carries its behavior's path
    if (!path) return [];
    const fixes: Fix[] = [];
    // Stryker disable next-line OptionalChaining: a guard; every finding of this rule carries data
    const suggestion = finding.data?.suggestion;
    if (typeof suggestion === 'string') {
      fixes.push({
        title: text(ctx.locale, rule.messages.replace, { suggestion }),
        edits: setAt(ctx.card, ctx.text, [...path, 'type'], suggestion),
        safe: false,
      });
    }
    const componentPath = path.slice(0, -2);
    const component = componentAt(ctx.card, componentPath);
    // Stryker disable next-line ArrayDeclaration: a guard; the path leads to the component that was reported
    const entries = component ? behaviorsOf(component) : [];
    // Removing the behavior is always possible; the last entry takes the whole `behaviors` key with it.
    // Never unattended: what the author meant it to do is lost.
    const remove: Fix = {
      title: text(ctx.locale, rule.messages.remove),
      edits: setAt(ctx.card, ctx.text, entries.length === 1 ? path.slice(0, -1) : path, undefined),
      safe: false,
    };
    // Stryker disable next-line OptionalChaining: a guard; every finding of this rule carries data
    if (finding.data?.type !== 'form_action') return [...fixes, remove];
    const behavior = entries[path[path.length - 1] as number];
    // Only a button inside a form can carry `form_action_type` without starting a new error.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: fixesFor drops a fix that starts a new error, as this rewrite does anywhere else; the guard only spares making it
    if (!component || !behavior || component.tag !== 'button' || !component.form) return [...fixes, remove];
    const action = behavior.value?.behavior === 'reset' ? 'reset' : 'submit';
    const steps: Step[] = [
      entries.length === 1
        ? { path: [...componentPath, 'behaviors'], value: undefined }
        : { path, value: undefined },
    ];
    if (typeof component.value.form_action_type !== 'string') {
      steps.push({ path: [...componentPath, 'form_action_type'], value: action });
    }
    fixes.push({
      title: text(ctx.locale, rule.messages.rewrite, { action }),
      edits: stepEdits(ctx.card, ctx.text, steps),
      safe: true,
    });
    return [...fixes, remove];
  },
};

/**
 * A finding's data, built only when there is a finding: the entry's path is made on first read
 * (utils/behaviors.ts), and most behaviors have a known type.
 */
function dataOf(behavior: BehaviorEntry): { path: (string | number)[]; type: string | null } {
  return { path: behaviorPath(behavior), type: behavior.type ?? null };
}

export default rule;
