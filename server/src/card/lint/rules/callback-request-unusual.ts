// A callback request body the platform could send but that a 2.0 card would not produce (a string
// `action.value`, another event type): a warning, since 1.0 cards and other events do exist.
import { checkRequest, REQUEST_MESSAGES } from '../../callback/requestCheck';
import { ANSWER_DOCS } from './callback-answer-invalid';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'callback-request-unusual',
  defaultSeverity: 'warning',
  appliesTo: ['callback-request'],
  docs: ANSWER_DOCS,
  description: {
    en: 'A callback request body that a 2.0 card would not produce.',
    zh: '2.0 卡片不会产生的回调请求体。',
  },
  messages: REQUEST_MESSAGES,
  check(ctx) {
    const body = ctx.card.callback?.node;
    if (!body) return;
    for (const problem of checkRequest(body))
      if (problem.severity === 'warning') ctx.report(problem.node, problem.messageId, problem.args);
  },
};

export default rule;
