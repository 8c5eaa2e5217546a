// The lint reads values and paths, never the object tree (ARCHITECTURE.md, card/parse/): on a card read from
// strict JSON the tree is built only when an editor feature reads it, so a rule that reads a node brings
// back the whole tree's cost (on a 1 MB card, most of the analysis). Every example card and the benchmark
// cards are linted here, in both languages and for both senders, and none may have built its tree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { chartCard, largeCard, manyComponentsCard, typicalCard } from '../../bench/cards';
import { lintCard } from '../../server/src/card/lint/engine';
import { hasTree, parseCard } from '../../server/src/card/parse/parse';

function cardFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? cardFiles(full) : entry.name.endsWith('.json') ? [full] : [];
  });
}

const cards: [string, string][] = [
  ...cardFiles('examples').map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
  ['bench: typical', typicalCard],
  ['bench: chart', chartCard],
  ['bench: 1 MB', largeCard().text],
  ['bench: 2,000 components', manyComponentsCard(2000)],
];

test('linting a strict-JSON card builds no tree, whatever it reports', () => {
  let linted = 0;
  for (const [name, text] of cards) {
    for (const sender of ['app', 'webhook'] as const) {
      for (const locale of ['en', 'zh'] as const) {
        const card = parseCard(text, { forceCard: true });
        // Only cards read from strict JSON have a lazily built tree; the others had theirs from the start.
        if (!card.offsets) continue;
        const findings = lintCard(card, { sender, locale });
        assert.equal(
          hasTree(card),
          false,
          `${name} (${sender}, ${locale}): ${findings.map((f) => f.ruleId)}`,
        );
        linted++;
      }
    }
  }
  assert.ok(linted >= 4 * 4, `only ${linted} lints were of strict-JSON cards`);
});

test('an editor feature reading the tree builds it once, and the model finds its nodes in it', () => {
  const card = parseCard(typicalCard);
  assert.equal(hasTree(card), false);
  const root = card.root;
  assert.ok(root);
  assert.equal(hasTree(card), true);
  assert.equal(card.root, root);
  const button = card.components.find((c) => c.tag === 'button')!;
  // The component's node is the object at its path in that tree, the same node each time.
  assert.equal(button.node, button.node);
  assert.equal(
    typicalCard.slice(button.node.offset, button.node.offset + button.node.length).startsWith('{'),
    true,
  );
  assert.deepEqual(
    JSON.parse(typicalCard.slice(button.node.offset, button.node.offset + button.node.length)),
    button.value,
  );
});

test('a strict-JSON file that is no card gets its tree only when read, and the same document as before', () => {
  // What an editor opens besides cards: a manifest, a lock file; and a card-like object with no card in it.
  const texts = [
    JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { ajv: '^8' } }, null, 2),
    '\ufeff{"lockfileVersion": 3, "packages": {"": {"name": "x"}}}',
    '{"elements": "not a list", "title": 1}',
  ];
  for (const text of texts) {
    const doc = parseCard(text);
    assert.equal(doc.kind, 'not-card', text);
    assert.deepEqual(lintCard(doc, {}), []);
    assert.equal(hasTree(doc), false, `linted without a tree: ${text}`);
    // Read as a feature would: the tree of the whole text, its card node the root, as the tree path gives.
    const eager = parseCard(`${text}\n// now JSONC: the tree path`);
    assert.equal(hasTree(eager), true);
    assert.equal(doc.cardNode, doc.root);
    assert.deepEqual(
      doc.root?.children?.map((c) => c.children?.[0].value),
      eager.root?.children?.map((c) => c.children?.[0].value),
    );
    assert.deepEqual(
      {
        kind: doc.kind,
        wrapper: doc.wrapper,
        cardPath: doc.cardPath,
        value: doc.cardValue,
        components: doc.components,
      },
      {
        kind: eager.kind,
        wrapper: eager.wrapper,
        cardPath: eager.cardPath,
        value: eager.cardValue,
        components: eager.components,
      },
    );
  }
  // Nested past the depth guard: the tree path still reports it.
  const deep = `{"a": ${'['.repeat(300)}${']'.repeat(300)}}`;
  assert.equal(parseCard(deep).skipped?.reason, 'too-deep');
});
