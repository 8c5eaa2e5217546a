// The webview's renderer table against the component catalog: every tag of the 2.0 and the 1.0 catalog is
// drawn by a renderer of its own or is an explicit, named placeholder; the table lists no tag nobody can
// write. Imports the real table (it needs no document at import).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allTags } from '../../server/src/card/catalog/catalog';
import { drawnAs, placeholders, renderedTags, TEXT_ELEMENTS } from '../../client/src/webview/components';

const catalogTags = [...new Set([...allTags('v2'), ...allTags('v1')])].sort();

test('the catalogs are not empty (the check below cannot pass vacuously)', () => {
  assert.ok(allTags('v2').includes('button'));
  assert.ok(allTags('v1').includes('note'));
});

test('every catalog tag has a renderer or a named placeholder', () => {
  const missing = catalogTags.filter((tag) => drawnAs(tag) === undefined);
  assert.deepEqual(
    missing,
    [],
    'add a renderer in client/src/webview/components/ or list it in placeholders',
  );
});

test('a placeholder says why, and no tag is both rendered and a placeholder', () => {
  for (const [tag, why] of Object.entries(placeholders)) {
    assert.ok(catalogTags.includes(tag), `placeholder ${tag} is a catalog tag`);
    assert.ok(why.trim().length > 0, `placeholder ${tag} says why`);
    assert.equal(drawnAs(tag), 'placeholder', `${tag} has no renderer as well`);
  }
});

test('the table renders only tags a card can contain', () => {
  const stray = renderedTags().filter((tag) => !catalogTags.includes(tag) && !TEXT_ELEMENTS.includes(tag));
  assert.deepEqual(stray, []);
});
