// Parts of a callback answer the platform accepts but does not use as written (unknown keys, an empty
// toast, a language it does not list, `data` as a string): same checks as the console (answerCheck.ts).
import { ANSWER_MESSAGES, checkAnswer } from '../../callback/answerCheck';
import { ANSWER_DOCS } from './callback-answer-invalid';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'callback-answer-ignored',
  defaultSeverity: 'warning',
  appliesTo: ['callback-answer'],
  docs: ANSWER_DOCS,
  description: {
    en: 'Part of a callback answer that the platform ignores or may read differently.',
    zh: '回调响应中会被平台忽略或可能被不同解读的部分。',
  },
  messages: ANSWER_MESSAGES,
  check(ctx) {
    for (const problem of checkAnswer(ctx.card.callback?.node))
      if (problem.severity === 'warning') ctx.report(problem.node, problem.messageId, problem.args);
  },
};

export default rule;
