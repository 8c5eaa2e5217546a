// A callback request body (test fixture, console Copy) that the platform would never send: missing
// envelope fields, an `action` of the wrong shape, a malformed `form_value` (callback/requestCheck.ts).
import { checkRequest, REQUEST_MESSAGES } from '../../callback/requestCheck';
import { ANSWER_DOCS } from './callback-answer-invalid';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'callback-request-invalid',
  defaultSeverity: 'error',
  appliesTo: ['callback-request'],
  docs: ANSWER_DOCS,
  description: {
    en: 'A callback request body that differs from what the platform sends.',
    zh: '与平台实际发送的内容不符的回调请求体。',
  },
  messages: REQUEST_MESSAGES,
  check(ctx) {
    const body = ctx.card.callback?.node;
    if (!body) return;
    for (const problem of checkRequest(body))
      if (problem.severity === 'error') ctx.report(problem.node, problem.messageId, problem.args);
  },
};

export default rule;
