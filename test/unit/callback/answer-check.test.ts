// The platform's checks on a callback answer (card-callback-communication page), called directly over the
// parse tree: which problem, where in the text, how severe and with which error code the user would see.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTree } from 'jsonc-parser';
import { checkAnswer, ILLEGAL_CARD, ILLEGAL_FORMAT } from '../../../server/src/card/callback/answerCheck';

/** Each problem as [messageId, the text it points at, severity, code, args]. */
function problems(text: string) {
  return checkAnswer(parseTree(text)).map((p) => [
    p.messageId,
    text.slice(p.node.offset, p.node.offset + p.node.length),
    p.severity,
    p.code,
    p.args,
  ]);
}

const F = ILLEGAL_FORMAT;
const C = ILLEGAL_CARD;

test('the codes are the error table of the page: 200672 for the format, 200673 for the card', () => {
  assert.equal(F, 200672);
  assert.equal(C, 200673);
});

test('no body, or an answer with only a toast with text, or an empty object, has no problem', () => {
  assert.deepEqual(checkAnswer(undefined), []);
  assert.deepEqual(problems('{"toast": {"type": "success", "content": "Done"}}'), []);
  assert.deepEqual(problems('{}'), []);
});

test('an answer that is not an object is refused as a whole (200672) and nothing else is checked', () => {
  assert.deepEqual(problems('[{"toast": 1}]'), [['notObject', '[{"toast": 1}]', 'error', F, undefined]]);
  assert.deepEqual(problems('"ok"'), [['notObject', '"ok"', 'error', F, undefined]]);
});

test('keys other than toast and card are ignored by the platform: a warning at each key', () => {
  assert.deepEqual(problems('{"code": 0, "toast": {"content": "a"}, "msg": "x"}'), [
    ['unknownKey', '"code"', 'warning', undefined, { key: 'code' }],
    ['unknownKey', '"msg"', 'warning', undefined, { key: 'msg' }],
  ]);
});

test('a toast that is not an object is refused, and has no further checks', () => {
  assert.deepEqual(problems('{"toast": "done"}'), [['toastNotObject', '"done"', 'error', F, undefined]]);
});

test('a toast type outside the four is refused with the value as written', () => {
  assert.deepEqual(problems('{"toast": {"type": "bogus", "content": "a"}}'), [
    ['toastType', '"bogus"', 'error', F, { value: 'bogus' }],
  ]);
  assert.deepEqual(problems('{"toast": {"type": 3, "content": "a"}}'), [
    ['toastType', '3', 'error', F, { value: '3' }],
  ]);
  assert.deepEqual(problems('{"toast": {"type": {}, "content": "a"}}'), [
    ['toastType', '{}', 'error', F, { value: 'object' }],
  ]);
  for (const type of ['info', 'success', 'error', 'warning'])
    assert.deepEqual(problems(`{"toast": {"type": "${type}", "content": "a"}}`), [], type);
});

test('toast content must be a string; without text the toast is empty (a warning at the toast key)', () => {
  assert.deepEqual(problems('{"toast": {"content": 42}}'), [
    ['toastContent', '42', 'error', F, undefined],
    ['toastEmpty', '"toast"', 'warning', undefined, undefined],
  ]);
  assert.deepEqual(problems('{"toast": {"content": ""}}'), [
    ['toastEmpty', '"toast"', 'warning', undefined, undefined],
  ]);
  assert.deepEqual(problems('{"toast": {"type": "info"}}'), [
    ['toastEmpty', '"toast"', 'warning', undefined, undefined],
  ]);
});

test('toast i18n must be an object of strings in the listed languages', () => {
  assert.deepEqual(problems('{"toast": {"content": "a", "i18n": "x"}}'), [
    ['toastI18n', '"x"', 'error', F, undefined],
  ]);
  assert.deepEqual(problems('{"toast": {"i18n": {"zh_cn": 1, "xx_yy": "t", "en_us": "ok"}}}'), [
    ['toastI18nText', '1', 'error', F, { key: 'zh_cn' }],
    ['toastI18nLocale', '"xx_yy"', 'warning', undefined, { key: 'xx_yy' }],
  ]);
});

test('i18n text alone is text enough; empty i18n strings are not', () => {
  assert.deepEqual(problems('{"toast": {"i18n": {"ja_jp": "はい"}}}'), []);
  assert.deepEqual(problems('{"toast": {"content": "", "i18n": {"en_us": ""}}}'), [
    ['toastEmpty', '"toast"', 'warning', undefined, undefined],
  ]);
  assert.deepEqual(problems('{"toast": {"i18n": {"zh_cn": 1}}}'), [
    ['toastI18nText', '1', 'error', F, { key: 'zh_cn' }],
    ['toastEmpty', '"toast"', 'warning', undefined, undefined],
  ]);
});

test('every language the toast page lists is accepted', () => {
  const locales =
    'zh_cn en_us zh_hk zh_tw ja_jp id_id vi_vn th_th pt_br es_es ko_kr de_de fr_fr it_it ru_ru ms_my';
  const i18n = Object.fromEntries(locales.split(' ').map((l) => [l, 't']));
  assert.deepEqual(problems(JSON.stringify({ toast: { i18n } })), []);
});

test('a card that is not an object is refused with 200673', () => {
  assert.deepEqual(problems('{"card": 1}'), [['cardNotObject', '1', 'error', C, undefined]]);
});

test('card.type must be raw or template: missing (at the card key) or another value as written', () => {
  assert.deepEqual(problems('{"card": {"data": {}}}'), [
    ['cardType', '"card"', 'error', C, { value: 'a card without type' }],
  ]);
  assert.deepEqual(problems('{"card": {"type": "json", "data": {}}}'), [
    ['cardType', '"json"', 'error', C, { value: '"json"' }],
  ]);
  assert.deepEqual(problems('{"card": {"type": 5, "data": {}}}'), [
    ['cardType', '5', 'error', C, { value: '5' }],
  ]);
  assert.deepEqual(problems('{"card": {"type": [], "data": {}}}'), [
    ['cardType', '[]', 'error', C, { value: 'array' }],
  ]);
  assert.deepEqual(problems('{"card": {"type": null, "data": {}}}'), [
    ['cardType', 'null', 'error', C, { value: 'null' }],
  ]);
});

test('card.data is needed and must be an object; a string is only a warning', () => {
  assert.deepEqual(problems('{"card": {"type": "raw"}}'), [
    ['cardDataMissing', '"card"', 'error', C, undefined],
  ]);
  assert.deepEqual(problems('{"card": {"type": "raw", "data": "{}"}}'), [
    ['cardDataString', '"{}"', 'warning', undefined, undefined],
  ]);
  assert.deepEqual(problems('{"card": {"type": "template", "data": "{}"}}'), [
    ['cardDataString', '"{}"', 'warning', undefined, undefined],
  ]);
  assert.deepEqual(problems('{"card": {"type": "raw", "data": []}}'), [
    ['cardDataNotObject', '[]', 'error', C, undefined],
  ]);
});

test('a template answer needs a string template_id; version and variables have their types', () => {
  assert.deepEqual(problems('{"card": {"type": "template", "data": {}}}'), [
    ['templateId', '"data"', 'error', C, undefined],
  ]);
  assert.deepEqual(
    problems(
      '{"card": {"type": "template", "data": {"template_id": 5, "template_version_name": 1, "template_variable": []}}}',
    ),
    [
      ['templateId', '5', 'error', C, undefined],
      ['templateVersion', '1', 'error', C, undefined],
      ['templateVariable', '[]', 'error', C, undefined],
    ],
  );
  assert.deepEqual(
    problems(
      '{"card": {"type": "template", "data": {"template_id": "AAq", "template_version_name": "1.0.0", "template_variable": {"a": 1}}}}',
    ),
    [],
  );
});

test('a raw card is not held to the template fields (its card rules check it)', () => {
  assert.deepEqual(problems('{"card": {"type": "raw", "data": {"template_variable": []}}}'), []);
});

test('problems come in order: unknown keys, then the toast, then the card', () => {
  const ids = problems('{"card": 1, "toast": 2, "x": 3}').map((p) => p[0]);
  assert.deepEqual(ids, ['unknownKey', 'toastNotObject', 'cardNotObject']);
});
