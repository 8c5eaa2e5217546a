// The texts of the callback checks, as the editor and the console show them: every message has English and
// Chinese, both name the same placeholders, and an error code named in one language is named in the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANSWER_MESSAGES } from '../../../server/src/card/callback/answerCheck';
import { REQUEST_MESSAGES } from '../../../server/src/card/callback/requestCheck';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = (text: string) => [...text.matchAll(/\b2006\d\d\b/g)].map((m) => m[0]).sort();

for (const [set, messages] of [
  ['answer', ANSWER_MESSAGES],
  ['request', REQUEST_MESSAGES],
] as const) {
  test(`every ${set} message has both languages with the same placeholders and codes`, () => {
    for (const [id, message] of Object.entries(messages) as [string, { en: string; zh: string }][]) {
      assert.ok(message.en.length > 20, `${id}: en`);
      assert.match(message.zh, /[\u4e00-\u9fff]/, `${id}: zh`);
      assert.deepEqual(placeholders(message.en), placeholders(message.zh), id);
      assert.deepEqual(codes(message.en), codes(message.zh), id);
    }
  });
}

test('the answer messages that refuse the answer name the code the user sees', () => {
  const refusing = Object.entries(ANSWER_MESSAGES).filter(
    ([id]) => !['unknownKey', 'toastI18nLocale', 'toastEmpty', 'cardDataString'].includes(id),
  );
  for (const [id, message] of refusing) assert.match(message.en, /20067[23]/, id);
  assert.deepEqual(Object.keys(ANSWER_MESSAGES).sort(), [
    'cardDataMissing',
    'cardDataNotObject',
    'cardDataString',
    'cardNotObject',
    'cardType',
    'notObject',
    'templateId',
    'templateVariable',
    'templateVersion',
    'toastContent',
    'toastEmpty',
    'toastI18n',
    'toastI18nLocale',
    'toastI18nText',
    'toastNotObject',
    'toastType',
    'unknownKey',
  ]);
});

test('the messages name what they are about', () => {
  assert.match(ANSWER_MESSAGES.unknownKey.en, /"\{key\}".*toast.*card/);
  assert.match(ANSWER_MESSAGES.toastType.en, /info, success, error, warning.*"\{value\}"/);
  assert.match(ANSWER_MESSAGES.cardType.en, /"raw".*"template".*\{value\}/);
  assert.match(REQUEST_MESSAGES.missing.en, /`\{field\}`/);
  assert.match(REQUEST_MESSAGES.eventType.en, /card\.action\.trigger.*"\{value\}"/);
  assert.match(REQUEST_MESSAGES.schema.en, /"2\.0"/);
});
