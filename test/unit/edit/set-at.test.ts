// setAt (edit/jsonEdits.ts), the edit behind quick fixes: it changes only the characters it must, lays a
// new value out like its neighbours (indent, tabs, CRLF, one-line files stay one line), and gives no edit
// when the change cannot be made cleanly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, setAt, type SetOptions } from '../../../server/src/card/edit/jsonEdits';
import { parseCard } from '../../../server/src/card/parse/parse';

/** The text after setAt, or undefined when it gives no edit. */
function set(
  text: string,
  path: (string | number)[],
  value: unknown,
  options?: SetOptions,
): string | undefined {
  const edits = setAt(parseCard(text), text, path, value, options);
  assert.ok(edits.length <= 1, 'at most one edit');
  return edits.length ? applyEdits(text, edits) : undefined;
}
const lines = (...l: string[]) => l.join('\n');

const CARD = lines(
  '{',
  '  "schema": "2.0",',
  '  "body": {',
  '    "elements": [',
  '      {"tag": "hr"},',
  '      {"tag": "markdown", "content": "x"}',
  '    ]',
  '  }',
  '}',
);
const ELEMENTS = (...items: string[]) =>
  lines('{', '  "schema": "2.0",', '  "body": {', '    "elements": [', ...items, '    ]', '  }', '}');

test('a new property goes last, or at insertionIndex, laid out over lines like its neighbours', () => {
  assert.equal(
    set(CARD, ['config'], { wide: true }),
    CARD.replace(/\n}$/, ',\n  "config": {\n    "wide": true\n  }\n}'),
  );
  assert.equal(
    set(CARD, ['config'], { wide: true }, { insertionIndex: 0 }),
    CARD.replace('{\n', '{\n  "config": {\n    "wide": true\n  },\n'),
  );
  assert.equal(
    set(CARD, ['config'], 1, { insertionIndex: 1 }),
    CARD.replace('"2.0",\n', '"2.0",\n  "config": 1,\n'),
  );
  // Out of range indexes are clamped.
  assert.equal(set(CARD, ['config'], 1, { insertionIndex: 99 }), set(CARD, ['config'], 1));
  assert.equal(
    set(CARD, ['config'], 1, { insertionIndex: -3 }),
    set(CARD, ['config'], 1, { insertionIndex: 0 }),
  );
  // insertionIndex is for the property itself, not for the objects made on the way to it.
  assert.equal(
    set(CARD, ['config', 'x'], 1, { insertionIndex: 0 }),
    CARD.replace(/\n}$/, ',\n  "config": {\n    "x": 1\n  }\n}'),
  );
});

test('a value is replaced in place; on a pretty parent a new object is laid out from its line', () => {
  assert.equal(set(CARD, ['body', 'elements', 1, 'content'], 'y'), CARD.replace('"x"', '"y"'));
  assert.equal(
    set(CARD, ['body', 'elements', 0], { tag: 'img', alt: { a: 1 } }),
    ELEMENTS(
      '      {',
      '        "tag": "img",',
      '        "alt": {',
      '          "a": 1',
      '        }',
      '      },',
      '      {"tag": "markdown", "content": "x"}',
    ),
  );
  // Inside a one-line object the new value stays on one line.
  assert.equal(set(CARD, ['body', 'elements', 0, 'tag'], { a: 1 }), CARD.replace('"hr"', '{"a":1}'));
});

test('missing objects on the way are created around the value', () => {
  assert.equal(
    set(CARD, ['body', 'x', 'y'], 1),
    ELEMENTS('      {"tag": "hr"},', '      {"tag": "markdown", "content": "x"}').replace(
      '    ]\n',
      '    ],\n    "x": {\n      "y": 1\n    }\n',
    ),
  );
  assert.equal(set('{"a":1}', ['x', 'y', 0], 2), '{"a":1,"x":{"y":[2]}}');
});

test('insertAt inserts into an array at the index (clamped to its end) instead of replacing', () => {
  assert.equal(
    set(CARD, ['body', 'elements', 0], { tag: 'div' }, { insertAt: true }),
    ELEMENTS(
      '      {',
      '        "tag": "div"',
      '      },',
      '      {"tag": "hr"},',
      '      {"tag": "markdown", "content": "x"}',
    ),
  );
  assert.equal(
    set(CARD, ['body', 'elements', 9], { tag: 'div' }, { insertAt: true }),
    ELEMENTS(
      '      {"tag": "hr"},',
      '      {"tag": "markdown", "content": "x"},',
      '      {',
      '        "tag": "div"',
      '      }',
    ),
  );
  assert.equal(set('{"a":[1,2]}', ['a', 1], 9, { insertAt: true }), '{"a":[1,9,2]}');
  assert.equal(set('{"a":[1,2]}', ['a', 1], 9), '{"a":[1,9]}');
  // Not an array: insertAt means nothing for an object property.
  assert.equal(set('{"a":{"b":1}}', ['a', 'b'], 2, { insertAt: true }), '{"a":{"b":2}}');
});

test('one-line files stay on one line, with the spacing the file uses', () => {
  assert.equal(set('{"a":1}', ['b'], 2), '{"a":1,"b":2}');
  assert.equal(set('{"a": 1}', ['b'], { c: [1] }), '{"a": 1,"b": {"c":[1]}}');
  assert.equal(set('{"a":1}', ['b'], 2, { insertionIndex: 0 }), '{"b":2,"a":1}');
  assert.equal(set('{"a":{}}', ['a', 'b'], 1), '{"a":{"b":1}}');
  assert.equal(set('{"a":{}, "x": 1}', ['a', 'b'], 1), '{"a":{"b": 1}, "x": 1}');
  assert.equal(set('{"a":[]}', ['a', 0], 'v'), '{"a":["v"]}');
});

test('an empty container in a multi-line file opens up over lines', () => {
  assert.equal(set('{\n  "a": {}\n}', ['a', 'b'], 1), '{\n  "a": {\n    "b": 1\n  }\n}');
  assert.equal(set('{\n  "a": { }\n}', ['a', 'b'], 1), '{\n  "a": {\n    "b": 1\n  }\n}');
  assert.equal(set('{\n  "a": []\n}', ['a', 0], 1), '{\n  "a": [\n    1\n  ]\n}');
  // A comment inside stays after the new item.
  assert.equal(set('{\n  "a": [ /* c */ ]\n}', ['a', 0], 1), '{\n  "a": [\n    1\n   /* c */ ]\n}');
});

test('tabs, CRLF and a byte-order mark are kept', () => {
  assert.equal(set('{\n\t"a": 1\n}', ['b'], { c: 1 }), '{\n\t"a": 1,\n\t"b": {\n\t\t"c": 1\n\t}\n}');
  assert.equal(
    set('{\r\n  "a": 1\r\n}', ['b'], { c: 1 }),
    '{\r\n  "a": 1,\r\n  "b": {\r\n    "c": 1\r\n  }\r\n}',
  );
  assert.equal(set('\ufeff{"a":1}', ['b'], 1), '\ufeff{"a":1,"b":1}');
  assert.equal(set('\ufeff{"a":1}', ['a'], undefined), '\ufeff{}');
});

test('a message wrapper: paths are below the card', () => {
  const text = '{"msg_type":"interactive","card":{"elements":[]}}';
  assert.equal(
    set(text, ['elements', 0], { tag: 'hr' }),
    '{"msg_type":"interactive","card":{"elements":[{"tag":"hr"}]}}',
  );
  assert.equal(set(text, ['elements'], undefined), '{"msg_type":"interactive","card":{}}');
});

test('removal: the only item empties its container, the last takes the comma before it, others the one after', () => {
  assert.equal(set('{"a":1,"b":2,"c":3}', ['b'], undefined), '{"a":1,"c":3}');
  assert.equal(set('{"a":1, "b":2, "c":3}', ['a'], undefined), '{"b":2, "c":3}');
  assert.equal(set('{"a":1,"b":2,"c":3}', ['c'], undefined), '{"a":1,"b":2}');
  assert.equal(set('{\n  "a": 1,\n  "b": 2\n}', ['b'], undefined), '{\n  "a": 1\n}');
  assert.equal(set('{\n  "a": [\n    1\n  ]\n}', ['a', 0], undefined), '{\n  "a": []\n}');
  assert.equal(set('{"a":[1,2,3]}', ['a', 1], undefined), '{"a":[1,3]}');
  assert.equal(set('{"a":[1,2,3]}', ['a', 2], undefined), '{"a":[1,2]}');
  assert.equal(
    set(CARD, ['body', 'elements', 0], undefined),
    ELEMENTS('      {"tag": "markdown", "content": "x"}'),
  );
  assert.equal(set(CARD, ['body', 'elements', 1], undefined), ELEMENTS('      {"tag": "hr"}'));
});

test('no edit when it cannot be done cleanly', () => {
  // A duplicated key: removing one would bring the other into effect; setting changes the one JSON keeps.
  assert.equal(set('{"a":1,"a":2}', ['a'], undefined), undefined);
  assert.equal(set('{"a":1,"a":2}', ['a'], 5), '{"a":1,"a":5}');
  // Absent, out of range, through a value of another type, the wrong kind of segment.
  assert.equal(set('{"a":1}', ['z'], undefined), undefined);
  assert.equal(set('{"a":[1]}', ['a', 3], undefined), undefined);
  assert.equal(set('{"a":{"b":1}}', ['x', 'b'], undefined), undefined);
  assert.equal(set('{"a":{"b":1}}', ['a', 0], undefined), undefined);
  assert.equal(set('{"a":[1]}', ['a', 'b'], undefined), undefined);
  assert.equal(set('{"a":1}', ['a', 'b'], 1), undefined);
  assert.equal(set('{"a":[1]}', ['a', 'b'], 1), undefined);
  assert.equal(set('{"a":{}}', ['a', 0], 1), undefined);
  assert.equal(set('{"a":[]}', ['a', -1], 1), undefined);
  assert.equal(set('{"a":[]}', ['a', 1.5], 1), undefined);
  // Removal means nothing with insertAt; the card root cannot be set; text that does not parse.
  assert.equal(set('{"a":[1]}', ['a', 0], undefined, { insertAt: true }), undefined);
  assert.equal(set('{"a":1}', [], 1), undefined);
  assert.equal(set('{"a":1,}', ['b'], 1), undefined);
  assert.equal(set('{"a":1', ['b'], 1), undefined);
});
