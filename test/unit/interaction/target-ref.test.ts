// A component as the interaction layer sees it (tag, plain properties, card kind) and the references
// `simulate --target` takes: element_id before name, JSON Pointers with RFC 6901 escapes, with or without `#`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTarget, targetOf } from '../../../server/src/card/interaction/target';
import { parseCard } from '../../../server/src/card/parse/parse';

const parse = (card: unknown) => parseCard(JSON.stringify(card));

test('a target carries the tag, a plain copy of the properties, its form and the card kind', () => {
  const v2 = parse({
    schema: '2.0',
    body: {
      elements: [{ tag: 'form', name: 'f', elements: [{ tag: 'input', name: 'q' }] }, { content: 'x' }],
    },
  });
  const input = v2.components.find((c) => c.tag === 'input')!;
  const target = targetOf(v2, input);
  assert.deepEqual(target, {
    tag: 'input',
    props: { tag: 'input', name: 'q' },
    path: ['body', 'elements', 0, 'elements', 0],
    formPath: ['body', 'elements', 0],
    cardKind: 'v2',
  });
  assert.equal(Object.getPrototypeOf(target.props), Object.prototype, 'a plain object for the request body');
  const untagged = targetOf(
    v2,
    v2.components.find((c) => c.tag === undefined)!,
  );
  assert.equal(untagged.tag, '');
  assert.equal(untagged.formPath, undefined);
  const v1 = parse({ elements: [{ tag: 'action', actions: [{ tag: 'button', value: 'v' }] }] });
  const button = v1.components.find((c) => c.tag === 'button')!;
  assert.equal(targetOf(v1, button).cardKind, 'v1');
});

test('element_id is looked up before name', () => {
  const card = parse({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'input', name: 'x' },
        { tag: 'button', element_id: 'x' },
      ],
    },
  });
  assert.equal(findTarget(card, 'x')?.tag, 'button');
});

test('pointers: with or without #, segments unescaped (~1 is /, ~0 is ~), relative to the card', () => {
  const card = parse({ i18n_elements: { 'a/b~c': [{ tag: 'button', element_id: 'b' }] } });
  assert.equal(findTarget(card, '/i18n_elements/a~1b~0c/0')?.tag, 'button');
  assert.equal(findTarget(card, '#/i18n_elements/a~1b~0c/0')?.tag, 'button');
  assert.equal(findTarget(card, '/i18n_elements/a/b~c/0'), undefined);
  assert.equal(findTarget(card, 'i18n_elements/a~1b~0c/0'), undefined, 'a pointer starts with /');
  assert.equal(findTarget(card, '#i18n_elements/a~1b~0c/0'), undefined);
  assert.equal(findTarget(card, '/i18n_elements/a~1b~0c#/0'), undefined, 'only a leading # is dropped');
});
