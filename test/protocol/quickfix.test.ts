// Quick fixes through the protocol (`dist/server.js --stdio`): every fix the server offers for a realistic
// card with many mistakes is applied as the editor would apply it, and the server's next diagnostics must
// show its promise kept; then fix-all, and the shipped examples. Run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { formattingVariants } from '../support/formattings';
import { LspClient, ROOT, offsetAt, type Diagnostic } from '../support/lspClient';

interface LspEdit {
  range: Diagnostic['range'];
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, LspEdit[]> };
  command?: { command: string; arguments?: unknown[] };
}

let client: LspClient;
before(async () => {
  // As the VS Code client does: it runs the "turn off this rule" command.
  client = await LspClient.start({ initializationOptions: { commands: ['feishuCard.disableRule'] } });
});
after(async () => {
  await client.stop();
});

const pt = (content: string) => ({ tag: 'plain_text', content });

/** The mistakes real authors make, all in one card. */
const messy =
  JSON.stringify(
    {
      schema: '2.0',
      header: { title: pt('Weekly review'), template: 'blue' },
      config: { update_multi: false },
      body: {
        elements: [
          { tag: 'markdown', element_id: 'intro-text', content: 'Please review' },
          { tag: 'hr', element_id: 'intro-text' },
          {
            tag: 'form',
            name: 'review',
            elements: [
              { tag: 'input', placeholder: pt('Comment') },
              { tag: 'input', name: 'score' },
              { tag: 'select_static', name: 'score', options: [{ text: pt('A'), value: 'a' }] },
            ],
          },
          // Has a behavior of its own, so removing the misplaced form role leaves a working button.
          {
            tag: 'button',
            text: pt('Details'),
            form_action_type: 'submit',
            behaviors: [{ type: 'callback', value: { details: true } }],
          },
          { tag: 'input', name: 'loose', required: true },
          { tag: 'button', text: pt('Open'), behaviors: [{ type: 'open_url', pc_url: 'https://e.com/pc' }] },
          {
            tag: 'checker',
            text: pt('Done'),
            behaviors: [{ type: 'open_url', default_url: 'https://e.com/done' }],
          },
          { tag: 'button', text: pt('Ping'), behaviors: [{ type: 'callback', value: 'ping' }] },
          { tag: 'audio', file_key: 'file_v3_x' },
        ],
      },
    },
    null,
    2,
  ) + '\n';

const variants = formattingVariants(messy);

function applyLspEdits(text: string, edits: LspEdit[]): { text: string; start: number; end: number } {
  const offsets = edits.map((e) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    newText: e.newText,
  }));
  let result = text;
  for (const e of [...offsets].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  }
  return {
    text: result,
    start: Math.min(...offsets.map((e) => e.start)),
    end: Math.max(...offsets.map((e) => e.end)),
  };
}

function counts(diagnostics: Diagnostic[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const d of diagnostics) map.set(String(d.code), (map.get(String(d.code)) ?? 0) + 1);
  return map;
}

function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}

function fixAll(uri: string, text: string): Promise<CodeAction[]> {
  const lines = text.split('\n');
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
}

for (const [name, text] of variants) {
  test(`every quick fix keeps its promise through the server (${name})`, async () => {
    const uri = LspClient.uri(`quickfix-${name}.json`);
    const { diagnostics } = await client.open(uri, text);
    const codes = new Set(diagnostics.map((d) => String(d.code)));
    for (const expected of [
      'element-id-invalid',
      'element-id-duplicate',
      'name-duplicate',
      'audio-forward',
    ]) {
      assert.ok(codes.has(expected), `${expected} missing from ${[...codes].join(', ')}`);
    }
    assert.ok(diagnostics.length >= 10, [...codes].join(', '));
    let applied = 0;
    for (const diagnostic of diagnostics) {
      const actions = await quickFixes(uri, diagnostic);
      const off = actions.find((a) => a.command?.command === 'feishuCard.disableRule');
      assert.ok(off, `no "turn off" action for ${diagnostic.code}`);
      assert.equal(off.command?.command, 'feishuCard.disableRule');
      assert.deepEqual(off.command?.arguments, [diagnostic.code]);
      for (const action of actions.filter((a) => a.edit)) {
        const label = `${diagnostic.code} "${action.title}"`;
        const edits = action.edit!.changes?.[uri] ?? [];
        assert.ok(edits.length > 0, `${label}: no edits for this document`);
        const fixed = applyLspEdits(text, edits);
        assert.doesNotThrow(() => JSON.parse(fixed.text), `${label}: not valid JSON:\n${fixed.text}`);
        assert.equal(
          fixed.text.slice(0, fixed.start),
          text.slice(0, fixed.start),
          `${label}: text before changed`,
        );
        assert.equal(
          fixed.text.slice(fixed.text.length - (text.length - fixed.end)),
          text.slice(fixed.end),
          `${label}: text after changed`,
        );
        if (name === 'CRLF') assert.ok(!/(^|[^\r])\n/.test(fixed.text), `${label}: bare LF inserted`);
        if (name === 'tabs') assert.ok(!/\n +\S/.test(fixed.text), `${label}: space indentation inserted`);
        const now = (await client.change(uri, fixed.text)).diagnostics;
        const was = counts(diagnostics);
        const is = counts(now);
        const code = String(diagnostic.code);
        assert.ok(
          (is.get(code) ?? 0) < (was.get(code) ?? 0),
          `${label}: diagnostic still there:\n${fixed.text}`,
        );
        for (const [id, n] of is) {
          assert.ok(n <= (was.get(id) ?? 0), `${label}: new ${id} diagnostic:\n${fixed.text}`);
        }
        applied++;
        await client.change(uri, text);
      }
    }
    assert.ok(applied >= 10, `only ${applied} fixes applied`);

    // Fix-all: one edit, after which nothing with a safe fix is left, and asking again offers nothing.
    const [all, ...more] = await fixAll(uri, text);
    assert.equal(more.length, 0);
    assert.ok(all?.kind?.startsWith('source.fixAll'), JSON.stringify(all));
    const fixed = applyLspEdits(text, all.edit!.changes![uri]).text;
    JSON.parse(fixed);
    const left = (await client.change(uri, fixed)).diagnostics;
    for (const diagnostic of left) {
      const safe = (await quickFixes(uri, diagnostic)).filter((a) => a.edit && a.isPreferred);
      assert.deepEqual(
        safe.map((a) => a.title),
        [],
        `${diagnostic.code} still has a safe fix after fix-all:\n${fixed}`,
      );
    }
    assert.deepEqual(await fixAll(uri, fixed), [], 'a second fix-all is offered');
    await client.close(uri);
  });
}

test('the shipped examples get no diagnostics through the server', async () => {
  const dir = path.join(ROOT, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const uri = LspClient.uri(`example-${file}`);
    const { diagnostics } = await client.open(uri, readFileSync(path.join(dir, file), 'utf8'));
    assert.deepEqual(
      diagnostics.map((d) => `${d.code}: ${d.message}`),
      [],
      file,
    );
    await client.close(uri);
  }
});
