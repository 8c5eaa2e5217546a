// Syntax errors: the platform cannot parse the card at all. Runs on broken cards (it is the one thing to say
// about them); the other rules wait until the JSON parses, since on a broken tree they would report noise.
import { printParseErrorCode } from 'jsonc-parser';
import { visibleRange } from '../../parse/jsonText';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'json-syntax',
  defaultSeverity: 'error',
  appliesTo: ['v2', 'v1', 'callback-request', 'callback-answer'],
  checksBrokenCards: true,
  docs: 'card-json-v2-structure',
  description: { en: 'The card is not valid JSON.', zh: '卡片不是合法的 JSON。' },
  messages: {
    syntax: {
      en: 'JSON syntax error ({code}): the platform cannot parse this card.',
      zh: 'JSON 语法错误（{code}）：平台无法解析此卡片。',
    },
  },
  // One finding per place: where one thing is missing (a value at the end of the file) the parser reports a
  // chain of errors at the same offset (then every unclosed bracket); the first says what is wrong there.
  // `data.scope` tells errors of the file itself, which an editor's own JSON support reports too, from
  // those inside a card held in a JSON string (`"content": "{...}"`), which only we can see.
  check(ctx) {
    const { card } = ctx;
    const seen = new Set<number>();
    const report = (start: number, end: number, code: number, scope: 'file' | 'embedded') => {
      if (seen.has(start)) return;
      seen.add(start);
      ctx.report({ start, end, inFile: true }, 'syntax', { code: printParseErrorCode(code) }, { scope });
    };
    // Errors of the file around a card held in a `content` string are already in file offsets.
    for (const error of card.fileSyntaxErrors ?? []) {
      report(error.offset, error.offset + Math.max(error.length, 1), error.error, 'file');
    }
    const scope = card.wrapper === 'content-string' ? 'embedded' : 'file';
    for (const error of card.syntaxErrors) {
      const range = visibleRange(error.offset, error.length, card.text.length);
      const start = card.toFileOffset(range.start);
      const end = start + Math.max(card.toFileOffset(range.end) - start, 1);
      report(start, end, error.error, scope);
    }
  },
};

export default rule;
