// The webview's renderer table against the component catalogs: no tag of the 2.0 or the 1.0 catalog is drawn
// as a placeholder — each has a renderer of its own; the few whose content is a platform file (images by
// img_key, audio) are listed with the reason their renderer draws a sized box instead; the table lists no
// tag nobody can write. Imports the real table (it needs no document at import).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allTags } from '../../server/src/card/catalog/catalog';
import {
  drawnAs,
  PLATFORM_FILE_TAGS,
  placeholders,
  renderedTags,
  TEXT_ELEMENTS,
} from '../../client/src/webview/components';

const catalogTags = [...new Set([...allTags('v2'), ...allTags('v1')])].sort();

test('the catalogs are not empty (the checks below cannot pass vacuously)', () => {
  assert.ok(allTags('v2').includes('button'));
  assert.ok(allTags('v2').includes('audio'));
  assert.ok(allTags('v1').includes('note'));
  assert.ok(allTags('v1').includes('action'));
});

for (const kind of ['v2', 'v1'] as const) {
  test(`no tag of the ${kind} catalog is drawn as a placeholder`, () => {
    const notRendered = allTags(kind).filter((tag) => drawnAs(tag) !== 'renderer');
    assert.deepEqual(notRendered, [], 'add a renderer in client/src/webview/components/');
  });
}

test('no named placeholders are left', () => {
  assert.deepEqual(Object.keys(placeholders), []);
});

test('tags that need platform files are catalog tags with a renderer, and say why', () => {
  assert.deepEqual(Object.keys(PLATFORM_FILE_TAGS).sort(), ['audio', 'img', 'img_combination']);
  for (const [tag, why] of Object.entries(PLATFORM_FILE_TAGS)) {
    assert.ok(catalogTags.includes(tag), `${tag} is a catalog tag`);
    assert.equal(drawnAs(tag), 'renderer', `${tag} has its own renderer`);
    assert.match(why, /platform file/, `${tag} says why`);
  }
});

test('the table renders only tags a card can contain', () => {
  const stray = renderedTags().filter((tag) => !catalogTags.includes(tag) && !TEXT_ELEMENTS.includes(tag));
  assert.deepEqual(stray, []);
});
