import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretAnswer } from '../../../server/src/card/interaction/answer';

test('a toast answer picks the locale text, else content', () => {
  const body = { toast: { type: 'success', content: 'Done', i18n: { zh_cn: '完成' } } };
  assert.deepEqual(interpretAnswer({ status: 200, ms: 12, body }, 'zh', 'v2').toast, {
    type: 'success',
    text: '完成',
  });
  assert.deepEqual(interpretAnswer({ status: 200, ms: 12, body }, 'en', 'v2').toast, {
    type: 'success',
    text: 'Done',
  });
});

test('an empty answer changes nothing', () => {
  const answer = interpretAnswer({ status: 200, ms: 5, body: {} }, 'en', 'v2');
  assert.equal(answer.error, undefined);
  assert.equal(answer.toast, undefined);
  assert.equal(answer.card, undefined);
});

test('a raw card answer is re-rendered text with its lint problems, and a schema change is noted', () => {
  const body = {
    card: { type: 'raw', data: { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'v1' } }] } },
  };
  const answer = interpretAnswer({ status: 200, ms: 5, body }, 'en', 'v2');
  assert.ok(answer.card);
  assert.deepEqual(JSON.parse(answer.card.text), body.card.data);
  assert.ok(Array.isArray(answer.card.problems));
  assert.ok(answer.notes.some((n) => n.en.includes('200830')));
});

test('a template answer is reported as such', () => {
  const body = { card: { type: 'template', data: { template_id: 'ctp_1', template_variable: { a: 1 } } } };
  assert.deepEqual(interpretAnswer({ status: 200, ms: 5, body }, 'en', 'v2').template, {
    templateId: 'ctp_1',
    versionName: undefined,
    variables: { a: 1 },
  });
});

test('invalid bodies are explained', () => {
  assert.equal(interpretAnswer({ status: 200, ms: 5, body: [1] }, 'en', 'v2').error?.code, 200672);
  // A wrong `card` part is 200673, a wrong toast or body 200672 (card-callback-communication error codes).
  assert.equal(
    interpretAnswer({ status: 200, ms: 5, body: { card: { type: 'x' } } }, 'en', 'v2').error?.code,
    200673,
  );
  const toast = interpretAnswer({ status: 200, ms: 5, body: { toast: { type: 'bogus' } } }, 'en', 'v2');
  assert.equal(toast.error?.code, 200672);
  assert.match(toast.error?.message.en ?? '', /info, success, error, warning/);
  const extra = interpretAnswer({ status: 200, ms: 5, body: { msg: 'hi' } }, 'en', 'v2');
  assert.ok(extra.notes[0].en.includes('"msg"'));
});

test('send errors pass through as the error the user sees', () => {
  const error = { code: 'timeout' as const, message: { en: 'Timed out', zh: '超时' }, platformCode: 200341 };
  assert.deepEqual(interpretAnswer({ ms: 3001, error }, 'en', 'v2').error, {
    message: error.message,
    code: 200341,
  });
});
