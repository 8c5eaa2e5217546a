// Value snippets built from schemas and rendered with the file's indentation (completion/snippet.ts): what
// each kind of schema inserts, how tab stops are numbered in text order, and how snippet syntax is escaped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SchemaLike } from '../../../server/src/card/catalog/schemaReader';
import {
  N,
  choice,
  placeholder,
  raw,
  render,
  renderMembers,
  valueTemplate,
  type Template,
} from '../../../server/src/card/features/completion/snippet';
import { expandSnippet } from '../../support/cursor';

const flat = { unit: '  ', base: '' };
const snippetOf = (schema: SchemaLike | undefined, locale: 'en' | 'zh' = 'en') =>
  render(valueTemplate(schema, 'k', locale, 'v2'), flat, 0);

test('strings: a tab stop in quotes, or the default / first example as text to type over, escaped', () => {
  assert.equal(snippetOf(undefined), '"$1"');
  assert.equal(snippetOf({ type: 'string' }), '"$1"');
  assert.equal(snippetOf({ type: 'string', examples: ['ex', 'other'] }), '"${1:ex}"');
  assert.equal(snippetOf({ type: 'string', default: 'dflt', examples: ['ex'] }), '"${1:dflt}"');
  assert.equal(snippetOf({ type: 'string', default: 'a$b}c\\d' }), '"${1:a\\$b\\}c\\\\d}"');
  assert.equal(expandSnippet(snippetOf({ type: 'string', default: 'a$b}c\\d' })), '"a$b}c\\d"');
  assert.equal(snippetOf({ type: 'null' }), '"$1"', 'a type we do not write is a string to fill in');
});

test('numbers and booleans: the default, else the first example, else 0; booleans with the default first', () => {
  assert.equal(snippetOf({ type: 'integer' }), '${1:0}');
  assert.equal(snippetOf({ type: 'number', default: 3, examples: [7] }), '${1:3}');
  assert.equal(snippetOf({ type: 'number', examples: [7] }), '${1:7}');
  assert.equal(snippetOf({ type: ['integer', 'string'] }), '${1:0}', 'the first of several types');
  assert.equal(snippetOf({ type: 'boolean' }), '${1|false,true|}');
  assert.equal(snippetOf({ type: 'boolean', default: true }), '${1|true,false|}');
});

test('enums: one value written out, strings as a choice in quotes, others as JSON, default first', () => {
  assert.equal(snippetOf({ enum: ['only'] }), '"only"');
  assert.equal(snippetOf({ enum: [3] }), '3');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b', 'c'] }), '"${1|a,b,c|}"');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b', 'c'], default: 'c' }), '"${1|c,a,b|}"');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b', 'c'], default: 'b' }), '"${1|b,a,c|}"');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b'], default: 'a' }), '"${1|a,b|}"');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b'], default: 'zzz' }), '"${1|a,b|}"');
  assert.equal(snippetOf({ enum: [1, 2, 'x'], default: 2 }), '${1|2,1,"x"|}');
  assert.equal(snippetOf({ type: 'string', enum: ['a', 'b,c|d$}'] }), '"${1|a,b\\,c\\|d\\$\\}|}"');
  assert.equal(expandSnippet(snippetOf({ type: 'string', enum: ['b,c|d', 'a'] })), '"b,c|d"');
  assert.equal(snippetOf({ type: 'string', enum: [] }), '"$1"', 'an empty enum is no choice');
  assert.equal(render(choice(['x']), flat, 0), '"x"');
  assert.equal(render(choice(['x', 'y']), flat, 0), '"${1|x,y|}"');
});

test('arrays and objects: an empty array to fill; a text object on one line; required members; an example', () => {
  assert.equal(snippetOf({ type: 'array' }), '[$1]');
  assert.equal(snippetOf({ type: 'object' }), '{$1}');
  assert.equal(snippetOf({ type: 'object', properties: { a: { type: 'string' } } }), '{$1}');
  assert.equal(
    snippetOf({
      type: 'object',
      properties: {
        a: { type: 'string', required: true },
        b: { type: 'integer', required: true },
        c: { type: 'string' },
      },
    }),
    '{"a": "$1", "b": ${2:0}}',
  );
  const text: SchemaLike = {
    type: 'object',
    properties: { tag: { type: 'string', enum: ['plain_text', 'lark_md'] }, content: { type: 'string' } },
  };
  assert.equal(snippetOf(text), '{"tag": "plain_text", "content": "${1:Text}"}');
  assert.equal(snippetOf(text, 'zh'), '{"tag": "plain_text", "content": "${1:文本}"}');
  // Content without an enumerated tag is an ordinary object.
  assert.equal(
    snippetOf({ type: 'object', properties: { tag: { type: 'string' }, content: { type: 'string' } } }),
    '{$1}',
  );
  // A value of any type whose example is an object: the example's keys and values, each to change.
  assert.equal(snippetOf({ examples: [{ x: 'y$', n: 1 }] }), '{"${1:x}": "${2:y\\$}", "${3:n}": "${4:1}"}');
  assert.equal(snippetOf({ examples: [['a']] }), '"$1"', 'an array example is no object');
  assert.equal(snippetOf({ examples: ['a'] }), '"$1"');
  assert.equal(snippetOf({ type: 'object', examples: [{ a: 1 }] }), '{"${1:a}": "${2:1}"}');
});

test('placeholders: an empty one is a bare tab stop', () => {
  assert.equal(render(placeholder(''), flat, 0), '"$1"');
  assert.equal(render(placeholder('x'), flat, 0), '"${1:x}"');
});

test('rendering: nested objects and arrays indented from the line, tab stops numbered top to bottom', () => {
  const template: Template = {
    kind: 'object',
    entries: [
      ['a', raw(`"$${N}"`)],
      ['b', { kind: 'array', items: [raw(`$${N}`), { kind: 'object', entries: [], inline: false }] }],
      ['c', { kind: 'array', items: [] }],
      ['d', { kind: 'object', entries: [['e', raw(`$${N}`)]], inline: true }],
    ],
    inline: false,
  };
  assert.equal(
    render(template, { unit: '\t', base: '  ' }, 1),
    '{\n  \t\t"a": "$1",\n  \t\t"b": [\n  \t\t\t$2,\n  \t\t\t{}\n  \t\t],\n  \t\t"c": [],\n  \t\t"d": {"e": $3}\n  \t}',
  );
  assert.equal(render(template, flat, 0).split('\n')[1], '  "a": "$1",');
});

test('members of an object without its braces, the first on the cursor’s line', () => {
  const template: Template = {
    kind: 'object',
    entries: [
      ['a', raw(`"$${N}"`)],
      ['b', { kind: 'object', entries: [['c', raw(`$${N}`)]], inline: false }],
    ],
    inline: false,
  };
  assert.equal(
    renderMembers(template, { unit: '  ', base: '    ' }),
    '"a": "$1",\n      "b": {\n        "c": $2\n      }',
  );
  assert.equal(renderMembers(raw(`"$${N}"`), flat), '"$1"', 'a template that is no object renders whole');
});
