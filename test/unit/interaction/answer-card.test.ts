// Reading the bot's answer the way the chat client would, beyond the basics in answer.test.ts: no body at
// all, the depth limit's exact edge, toast texts per locale, a card sent as a JSON string, the problems of
// an answer card and the note about a schema change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANSWER_MESSAGES } from '../../../server/src/card/callback/answerCheck';
import { interpretAnswer } from '../../../server/src/card/interaction/answer';
import { MAX_VALUE_DEPTH } from '../../../server/src/card/parse/jsonValue';

const read = (body: unknown, locale: 'en' | 'zh' = 'en', schema: 'v1' | 'v2' = 'v2') =>
  interpretAnswer({ status: 200, ms: 7, body }, locale, schema);

/** A list nested `depth` levels deep (depth 1 is `[]`). */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

test('an answer without a JSON body is the 200672 error, in both languages', () => {
  const answer = read(undefined);
  assert.deepEqual(answer, {
    status: 200,
    ms: 7,
    notes: [],
    error: { code: 200672, message: ANSWER_MESSAGES.notObject },
  });
});

test('an answer nested exactly to the limit is read; one level more is refused', () => {
  // The body object is one level, its `x` the rest.
  const within = read({ x: nested(MAX_VALUE_DEPTH - 1), toast: { content: 'ok' } });
  assert.equal(within.error, undefined);
  assert.deepEqual(within.toast, { type: 'info', text: 'ok' });
  const over = read({ x: nested(MAX_VALUE_DEPTH), toast: { content: 'ok' } });
  assert.match(over.error?.message.en ?? '', new RegExp(`more than ${MAX_VALUE_DEPTH} levels`));
  assert.equal(over.toast, undefined);
});

test('a card sent as a JSON string is held to the same depth limit, with the same edge', () => {
  const card = (depth: number) => ({ card: { type: 'raw', data: JSON.stringify({ x: nested(depth) }) } });
  const within = read(card(MAX_VALUE_DEPTH - 1));
  assert.equal(within.error, undefined);
  assert.ok(within.card);
  const over = read(card(MAX_VALUE_DEPTH));
  assert.match(over.error?.message.en ?? '', /levels deep/);
  assert.equal(over.card, undefined);
});

test('a toast reads the en_us or zh_cn text for the locale, else content, else nothing; type defaults to info', () => {
  const toast = { i18n: { en_us: 'Saved', zh_cn: '已保存' }, content: 'c' };
  assert.deepEqual(read({ toast }, 'en').toast, { type: 'info', text: 'Saved' });
  assert.deepEqual(read({ toast }, 'zh').toast, { type: 'info', text: '已保存' });
  assert.deepEqual(read({ toast: { type: 'warning', i18n: { zh_cn: '好' }, content: 'c' } }, 'en').toast, {
    type: 'warning',
    text: 'c',
  });
  const silent = read({ toast: { type: 'error', i18n: { ja_jp: 'はい' } } }, 'en');
  assert.deepEqual(silent.toast, { type: 'error', text: '' });
});

test('card.data as a JSON string: read as the object, with a note that the page shows an object', () => {
  const answer = read({ card: { type: 'raw', data: '{"schema":"2.0","body":{"elements":[]}}' } });
  assert.equal(answer.error, undefined);
  assert.deepEqual(JSON.parse(answer.card?.text ?? ''), { schema: '2.0', body: { elements: [] } });
  assert.deepEqual(answer.notes, [ANSWER_MESSAGES.cardDataString]);
});

test('card.data strings that are no JSON, or no object, are the 200673 error', () => {
  assert.deepEqual(read({ card: { type: 'raw', data: '{oops' } }).error, {
    code: 200673,
    message: {
      en: '`card.data` is not valid JSON (error 200673).',
      zh: 'card.data 不是合法 JSON（错误 200673）。',
    },
  });
  assert.deepEqual(read({ card: { type: 'raw', data: '[1]' } }).error, {
    code: 200673,
    message: ANSWER_MESSAGES.cardDataNotObject,
  });
  assert.equal(read({ card: { type: 'raw', data: '[1]' } }).card, undefined);
});

test('a template sent as a JSON string keeps only a string version name', () => {
  const data = JSON.stringify({
    template_id: 'ctp_2',
    template_version_name: 3,
    template_variable: { v: 1 },
  });
  assert.deepEqual(read({ card: { type: 'template', data } }).template, {
    templateId: 'ctp_2',
    versionName: undefined,
    variables: { v: 1 },
  });
  const named = { template_id: 'ctp_3', template_version_name: '1.0.2' };
  assert.deepEqual(read({ card: { type: 'template', data: named } }).template, {
    templateId: 'ctp_3',
    versionName: '1.0.2',
    variables: undefined,
  });
});

test("an answer card is checked as a card whatever it looks like, in the user's language, with ranges", () => {
  const answer = read({ card: { type: 'raw', data: { header: { title: 5 } } } }, 'en', 'v1');
  const text = answer.card?.text ?? '';
  assert.deepEqual(
    answer.card?.problems.map((p) => [p.ruleId, p.severity, text.slice(p.start, p.end)]),
    [['property-type', 'error', '5']],
  );
  assert.match(answer.card?.problems[0].message ?? '', /must be of type object/);
  const zh = read({ card: { type: 'raw', data: { header: { title: 5 } } } }, 'zh', 'v1');
  assert.doesNotMatch(zh.card?.problems[0].message ?? '', /must be/);
  assert.deepEqual(answer.notes, [], 'a 1.0 card answering a 1.0 card');
});

test('a new card of the other JSON version is noted (the platform reportedly refuses it), both ways', () => {
  const v1 = { elements: [] };
  const v2 = { schema: '2.0', body: { elements: [] } };
  assert.deepEqual(read({ card: { type: 'raw', data: v1 } }, 'en', 'v2').notes, [
    {
      en: 'The new card is JSON 1.0 but the shown one is 2.0: the platform reportedly rejects a schema change (200830).',
      zh: '新卡片为 JSON 1.0，而当前卡片为 2.0：据报告平台会拒绝更换结构版本（200830）。',
    },
  ]);
  assert.deepEqual(read({ card: { type: 'raw', data: v2 } }, 'en', 'v1').notes, [
    {
      en: 'The new card is JSON 2.0 but the shown one is 1.0: the platform reportedly rejects a schema change (200830).',
      zh: '新卡片为 JSON 2.0，而当前卡片为 1.0：据报告平台会拒绝更换结构版本（200830）。',
    },
  ]);
  assert.deepEqual(read({ card: { type: 'raw', data: v2 } }, 'en', 'v2').notes, []);
});
