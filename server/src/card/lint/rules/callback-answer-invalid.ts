// A callback answer the platform refuses (200672 wrong format, 200673 wrong card): checked by the same
// code the preview console uses (callback/answerCheck.ts), with the range inside the answer file.
import { ANSWER_MESSAGES, checkAnswer } from '../../callback/answerCheck';
import type { Rule } from '../types';

export const ANSWER_DOCS = 'card-callback-communication';

const rule: Rule = {
  id: 'callback-answer-invalid',
  defaultSeverity: 'error',
  appliesTo: ['callback-answer'],
  docs: ANSWER_DOCS,
  description: {
    en: 'A callback answer the platform refuses (error 200672 / 200673).',
    zh: '平台不接受的回调响应（错误 200672 / 200673）。',
  },
  messages: ANSWER_MESSAGES,
  check(ctx) {
    const body = ctx.card.callback?.node;
    for (const problem of checkAnswer(body))
      if (problem.severity === 'error') ctx.report(problem.node, problem.messageId, problem.args);
  },
};

export default rule;
