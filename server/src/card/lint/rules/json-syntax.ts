// Syntax errors: the platform cannot parse the card at all. Runs on broken cards (it is the one thing to say
// about them); the other rules wait until the JSON parses, since on a broken tree they would report noise.
import { printParseErrorCode } from 'jsonc-parser';
import { visibleRange } from '../../parse/jsonText';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'json-syntax',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1'],
  checksBrokenCards: true,
  docs: 'card-json-v2-structure',
  description: { en: 'The card is not valid JSON.', zh: '卡片不是合法的 JSON。' },
  messages: {
    syntax: {
      en: 'JSON syntax error ({code}): the platform cannot parse this card.',
      zh: 'JSON 语法错误（{code}）：平台无法解析此卡片。',
    },
  },
  check(ctx) {
    const { card } = ctx;
    // Errors of the file around a card held in a `content` string are already in file offsets.
    for (const error of card.fileSyntaxErrors ?? []) {
      ctx.report(
        { start: error.offset, end: error.offset + Math.max(error.length, 1), inFile: true },
        'syntax',
        { code: printParseErrorCode(error.error) },
      );
    }
    for (const error of card.syntaxErrors) {
      const range = visibleRange(error.offset, error.length, card.text.length);
      const start = card.toFileOffset(range.start);
      const end = start + Math.max(card.toFileOffset(range.end) - start, 1);
      ctx.report({ start, end, inFile: true }, 'syntax', { code: printParseErrorCode(error.error) });
    }
  },
};

export default rule;
