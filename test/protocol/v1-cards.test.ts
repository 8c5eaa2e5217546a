// A JSON 1.0 card through the real server over stdio: findings at exact ranges (warnings for what 1.0
// ignores), completion from the 1.0 catalog, and hover on 1.0 modules.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, positionAt } from '../support/lspClient';

let lsp: LspClient;
before(async () => {
  lsp = await LspClient.start();
});
after(async () => {
  await lsp.stop();
});

const card = JSON.stringify(
  {
    config: { wide_screen_mode: true },
    header: { title: { tag: 'plain_text', content: 'Deploy' }, template: 'blue' },
    elements: [
      { tag: 'div', text: { tag: 'lark_md', content: '**v2.3**' }, colour: 'red' },
      { tag: 'button', text: { tag: 'plain_text', content: 'Bare' }, value: { a: 1 } },
      {
        tag: 'action',
        layout: 'bisected',
        actions: [
          { tag: 'button', text: { tag: 'plain_text', content: 'OK' }, type: 'primary', value: { ok: 1 } },
        ],
      },
      { tag: 'note', elements: [{ tag: 'plain_text', content: 'by the bot' }] },
    ],
  },
  null,
  2,
);

function rangeText(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

test('a 1.0 card gets its findings at exact ranges, with 1.0 severities', async () => {
  const uri = LspClient.uri('v1-diagnostics.card.json');
  const { diagnostics } = await lsp.open(uri, card);
  await lsp.close(uri);
  const byRule = new Map(diagnostics.map((d) => [String(d.code), d]));
  const unknown = byRule.get('unknown-property')!;
  assert.equal(rangeText(card, unknown.range), '"colour"');
  assert.equal(unknown.severity, 2, 'a warning: 1.0 ignores unknown properties');
  const placement = byRule.get('v1-action-placement')!;
  assert.equal(placement.severity, 1);
  assert.equal(rangeText(card, placement.range), '"button"');
  // The bare button at the root, not the one inside the action module.
  assert.equal(
    placement.range.start.line,
    card.split('\n').findIndex((l) => l.includes('"tag": "button"')),
  );
  const deprecated = byRule.get('config-deprecated')!;
  assert.equal(deprecated.severity, 4);
  assert.equal(rangeText(card, deprecated.range), '"wide_screen_mode": true');
  assert.deepEqual([...byRule.keys()].sort(), [
    'config-deprecated',
    'unknown-property',
    'v1-action-placement',
  ]);
});

test('completion in a 1.0 action module offers its interactive elements only; hover explains the module', async () => {
  const uri = LspClient.uri('v1-features.card.json');
  await lsp.open(uri, card);
  const at = card.indexOf('"actions": [') + '"actions": ['.length;
  const list = await lsp.request<{ items: { label: string }[] } | { label: string }[]>(
    'textDocument/completion',
    {
      textDocument: { uri },
      position: positionAt(card, at),
    },
  );
  const labels = (Array.isArray(list) ? list : list.items).map((i) => i.label);
  assert.ok(labels.includes('button') && labels.includes('select_static'), labels.join(' '));
  assert.ok(!labels.includes('div') && !labels.includes('note'), labels.join(' '));
  const hover = await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionAt(card, card.indexOf('"action"') + 2),
  });
  assert.match(hover!.contents.value, /action module/);
  const layout = await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionAt(card, card.indexOf('"layout"') + 2),
  });
  assert.match(layout!.contents.value, /`"bisected"`/);
  await lsp.close(uri);
});
