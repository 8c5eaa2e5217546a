// The interactions page types a callback `value` as an object and the platform SDKs only accept objects;
// the component pages say "string or object". Conflicting docs (reference notes, "Uncertain" 4): a warning.
// On JSON 1.0 cards the callback value sits on the component itself (`value` of a button or picker, typed
// JSON on their 1.0 pages); overflow, input and select_img are left alone there, as their 1.0 pages
// explicitly allow a string.
import { isWholeVariable } from '../../template/variables';
import { inComponent } from '../locate';
import { behaviorPath, behaviorPlace, behaviorsOf } from './utils/behaviors';
import { dataPath, stepEdits, text } from './utils/shared';
import type { Rule } from '../types';

/** 1.0 components whose page types the component-level `value` as "String or Object" (or String). */
const STRING_OK_V1 = new Set(['overflow', 'input', 'select_img']);

const rule: Rule = {
  id: 'callback-value-string',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'configuring-card-interactions',
  description: { en: 'Callback `value` is a string.', zh: '回调的 value 是字符串。' },
  messages: {
    string: {
      en: 'This callback `value` is a string. The interactions page requires an object and the platform SDKs only accept objects (a string value has been linked to error 200671, though that report is unconfirmed). Use an object, e.g. {"action": "..."}; your server then reads it from `action.value`.',
      zh: '此回调的 value 是字符串。交互文档要求使用对象，平台 SDK 也仅支持对象（有未经证实的反馈称字符串 value 会导致 200671 错误）。请改用对象，如 {"action": "..."}；服务端从 action.value 中读取。',
    },
    wrap: { en: 'Wrap the string in an object: {"value": …}', zh: '将字符串包装为对象：{"value": …}' },
  },
  // Only components carrying a callback value can report: their behaviors, or a 1.0 component-level value.
  // Stryker disable next-line ObjectLiteral: equivalent, the subscription only skips components the visitor would pass over
  components: { keys: ['behaviors', 'value'] },
  component(component, ctx) {
    if (ctx.card.kind === 'v1' && component.spec?.callsBackByDefault && !STRING_OK_V1.has(component.tag!)) {
      const value = component.value.value;
      if (typeof value === 'string' && !isWholeVariable(value))
        ctx.report(
          inComponent(component, ['value']),
          'string',
          {},
          { path: [...component.path, 'value'], value },
        );
    }
    // An index loop, not for-of (see behaviorsOf).
    const entries = behaviorsOf(component);
    for (let i = 0; i < entries.length; i++) {
      const behavior = entries[i];
      if (behavior.type !== 'callback') continue;
      // A callback behavior is an object: its `type` is one of its keys.
      const value = behavior.value!.value;
      // "${name}" may stand for an object variable: its type is only known from the template data.
      if (typeof value !== 'string' || isWholeVariable(value)) continue;
      ctx.report(
        behaviorPlace(behavior, ['value']),
        'string',
        {},
        { path: [...behaviorPath(behavior), 'value'], value },
      );
    }
  },
  fixes(finding, ctx) {
    const path = dataPath(finding.data);
    // Stryker disable next-line OptionalChaining: a guard; every finding of this rule carries data
    const value = finding.data?.value;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,ArrayDeclaration: a guard; every finding carries its path and string value
    if (!path || typeof value !== 'string') return [];
    return [
      {
        title: text(ctx.locale, rule.messages.wrap),
        edits: stepEdits(ctx.card, ctx.text, [{ path, value: { value } }]),
        // The server code that reads `action.value` changes with it.
        safe: false,
      },
    ];
  },
};

export default rule;
