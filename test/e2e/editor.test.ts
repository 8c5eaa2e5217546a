// The extension as a user meets it: installed from the packaged .vsix into a real VS Code (code-server),
// driven through Chromium. One workbench for the whole file; each test leaves the editors closed.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { json, Workbench } from './workbench';

const checkerCard = json({
  schema: '2.0',
  body: {
    elements: [
      { tag: 'markdown', content: 'Pick the tasks you finished' },
      { tag: 'checker', name: 'done', behaviors: [{ type: 'open_url', default_url: 'https://example.com' }] },
    ],
  },
});

// Valid JSON that is not a card: the extension must stay silent on it.
const plainJson = json({
  name: 'inventory',
  items: [{ id: 1, url: 'https://example.com', type: 'open_url' }],
});

let bench: Workbench;

before(
  async () => {
    bench = await Workbench.launch({
      name: 'editor',
      files: { 'cards/checker.json': checkerCard, 'data/plain.json': plainJson },
    });
  },
  { timeout: 600_000 },
);

afterEach(async (t) => {
  // A picture of every test's end state, failed or not; then a clean editor area for the next one.
  await bench?.screenshot(t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()).catch(() => undefined);
  await bench?.closeAllEditors().catch(() => undefined);
});

after(async () => {
  await bench?.close();
});

test(
  'a card with mistakes shows its diagnostics with rule ids in the Problems panel',
  { timeout: 180_000 },
  async () => {
    await bench.openFile('cards/checker.json');
    const rows = await bench.waitForProblem('checker-open-url');
    const row = rows.find((text) => text.includes('checker-open-url'))!;
    assert.match(row, /feishu-card/, row);
    // The marker starts at the offending behaviour object, the `{` just above `"type": "open_url"`.
    const lines = checkerCard.split('\n');
    const line = lines.findIndex((text) => text.includes('"open_url"'));
    assert.ok(row.includes(`[Ln ${line}, Col ${lines[line - 1].indexOf('{') + 1}]`), row);
  },
);

test('a plain JSON file gets no card diagnostics', { timeout: 180_000 }, async () => {
  // Closing the card cleared its markers; wait for that, or the check below could pass on stale ones.
  await bench.waitForNoProblem('checker-open-url');
  await bench.openFile('data/plain.json');
  // The server answers documents in order: once a card opened after plain.json has its diagnostics,
  // plain.json has been analysed too, and its silence is a real answer rather than a slow one.
  await bench.openFile('cards/checker.json');
  const rows = await bench.waitForProblem('checker-open-url');
  assert.ok(!rows.some((text) => text.includes('plain.json')), rows.join('\n'));
  const panel = await bench.problemsPanel();
  assert.equal(await panel.locator('.monaco-list-row', { hasText: 'plain.json' }).count(), 0);
});
