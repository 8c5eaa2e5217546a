// Answers from the author's server nested far deeper than any card: read without recursion, reported in one
// sentence, and never turned into megabytes of text (issue 14, item 1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretAnswer } from '../../../server/src/card/interaction/answer';
import { MAX_VALUE_DEPTH } from '../../../server/src/card/parse/jsonValue';

/** `{"a":{"a":…}}` nested `depth` levels, built from text like a server's answer would be. */
function nestedObject(depth: number): unknown {
  return JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
}

test('a callback answer whose card nests 10,000 levels is an error that says so, not a RangeError', () => {
  const body = { card: { type: 'raw', data: nestedObject(10_000) } };
  const answer = interpretAnswer({ status: 200, ms: 1, body }, 'en', 'v2');
  assert.equal(answer.card, undefined);
  assert.match(answer.error!.message.en, new RegExp(`more than ${MAX_VALUE_DEPTH} levels`));
  assert.match(answer.error!.message.zh, /嵌套超过/);
  // What goes to the page must itself be printable.
  assert.ok(JSON.stringify(answer).length < 2000);
});

test('a deep card sent as a JSON string in card.data is checked too', () => {
  const data = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
  const answer = interpretAnswer({ status: 200, ms: 1, body: { card: { type: 'raw', data } } }, 'en', 'v2');
  assert.match(answer.error!.message.en, /levels deep/);
});

test('deep template variables and toasts are refused the same way', () => {
  const template = {
    card: { type: 'template', data: { template_id: 't', template_variable: nestedObject(3000) } },
  };
  assert.match(interpretAnswer({ status: 200, ms: 1, body: template }, 'en', 'v2').error!.message.en, /deep/);
  const toast = { toast: { type: 'info', content: 'x', extra: nestedObject(3000) } };
  assert.match(interpretAnswer({ status: 200, ms: 1, body: toast }, 'en', 'v2').error!.message.en, /deep/);
});

test('an answer card within the depth limit keeps a sensible size: never indented into megabytes', () => {
  // 200 levels of ~4 KB: indented, each of its ~1,000 lines would carry up to 400 spaces.
  const wide = JSON.parse('{"a":['.repeat(100) + '{"x":1},'.repeat(500) + '1' + ']}'.repeat(100));
  const data = { schema: '2.0', body: { elements: [] }, extra: wide };
  const answer = interpretAnswer({ status: 200, ms: 1, body: { card: { type: 'raw', data } } }, 'en', 'v2');
  assert.ok(answer.card, 'shown');
  assert.deepEqual(JSON.parse(answer.card.text), data);
  assert.ok(answer.card.text.length < 10 * JSON.stringify(data).length, `${answer.card.text.length} chars`);
});

test('a shallow card answer is still pretty-printed', () => {
  const data = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'hi' }] } };
  const answer = interpretAnswer({ status: 200, ms: 1, body: { card: { type: 'raw', data } } }, 'en', 'v2');
  assert.equal(answer.card!.text, JSON.stringify(data, null, 2));
});
