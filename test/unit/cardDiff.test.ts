// The preview's pairing of a card's components before and after an edit (client/src/webview/cardDiff.ts):
// which ones are unchanged (their DOM is kept), and where the state of each old component goes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CardDocument, parseCard, pathKey } from '../../server/src/card';
import { frameOf, headerOf, Pairing } from '../../client/src/webview/cardDiff';

const card = (elements: unknown[], extra: Record<string, unknown> = {}) =>
  parseCard(JSON.stringify({ schema: '2.0', ...extra, body: { elements } }, null, 2));
const top = (doc: CardDocument) => doc.topLevel;
const pair = (a: CardDocument, b: CardDocument) => new Pairing(a, b, top(a), top(b));
const key = (...path: (string | number)[]) => pathKey(['body', 'elements', ...path]);

const md = (content: string, id?: string) => ({
  tag: 'markdown',
  content,
  ...(id ? { element_id: id } : {}),
});
const input = (name: string, placeholder = 'p') => ({
  tag: 'input',
  name,
  placeholder: { tag: 'plain_text', content: placeholder },
});

test('an edit in place: the others are unchanged, the edited one keeps no state once its own properties change', () => {
  const a = card([md('a'), input('q'), md('c')]);
  const b = card([md('a'), input('q', 'changed'), md('c')]);
  const p = pair(a, b);
  assert.equal(p.sameAs(b.topLevel[0]), a.topLevel[0]);
  assert.equal(p.sameAs(b.topLevel[1]), undefined);
  assert.equal(p.sameAs(b.topLevel[2]), a.topLevel[2]);
  assert.deepEqual(p.placeOf(key(2)), ['body', 'elements', 2]);
  assert.equal(p.placeOf(key(1)), undefined, 'a changed field starts afresh');
});

test('inserting, removing and moving: state follows its component to its new path', () => {
  const a = card([md('a'), input('q'), md('c'), md('d')]);
  const b = card([md('new'), md('d'), md('a'), input('q')]);
  const p = pair(a, b);
  assert.deepEqual(p.placeOf(key(1)), ['body', 'elements', 3]);
  assert.deepEqual(p.placeOf(key(3)), ['body', 'elements', 1]);
  assert.equal(p.placeOf(key(2)), undefined, 'removed');
  assert.equal(p.sameAs(b.topLevel[3]), a.topLevel[1], 'moved unchanged');
});

test('a container whose child changed keeps its own state and pairs its children', () => {
  const panel = (children: unknown[], title = 'T') => ({
    tag: 'collapsible_panel',
    header: { title: { tag: 'plain_text', content: title } },
    elements: children,
  });
  const a = card([panel([input('q'), md('x')])]);
  const b = card([panel([input('q'), md('y'), md('added')])]);
  const p = pair(a, b);
  assert.equal(p.sameAs(b.topLevel[0]), undefined, 'the panel changed');
  assert.deepEqual(p.placeOf(key(0)), ['body', 'elements', 0], 'but not its own properties');
  assert.deepEqual(p.placeOf(key(0, 'elements', 0)), ['body', 'elements', 0, 'elements', 0]);
  assert.equal(p.sameAs(b.topLevel[0].children[0]), a.topLevel[0].children[0]);
  const retitled = card([panel([input('q'), md('x')], 'New')]);
  assert.equal(pair(a, retitled).placeOf(key(0)), undefined, 'its own title changed');
});

test('an element_id pairs a component that moved while its content changed', () => {
  const panel = (child: string) => ({
    tag: 'collapsible_panel',
    element_id: 'p',
    header: { title: { tag: 'plain_text', content: 'T' } },
    elements: [md(child)],
  });
  const a = card([panel('x'), md('two'), md('three')]);
  const b = card([md('two!'), md('three!'), panel('y')]);
  assert.deepEqual(pair(a, b).placeOf(key(0)), ['body', 'elements', 2]);
  assert.equal(pair(a, b).placeOf('not json'), undefined);
});

test('the frame is what is not a component; the header is compared on its own', () => {
  const a = card([md('a')], { header: { title: { tag: 'plain_text', content: 'H' } } });
  const b = card([md('b')], { header: { title: { tag: 'plain_text', content: 'H2' } } });
  const c = card([md('a')], { config: { width_mode: 'fill' } });
  assert.equal(frameOf(a), frameOf(b));
  assert.notEqual(headerOf(a), headerOf(b));
  assert.notEqual(frameOf(a), frameOf(c));
});
