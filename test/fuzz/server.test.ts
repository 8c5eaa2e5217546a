// Fuzzes the real language server over stdio: hundreds of generated and mutated documents as edits, each
// followed by hover, completion, symbols and code actions at random places. Every request must be answered
// (no error response, no silence), every published range must lie inside its document, no feature may log a
// failure, and the process must still be alive at the end.
// Replay a failure with the seed printed above it: FUZZ_SEED=<seed> [FUZZ_PATH=<path>] (see README.md).
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, positionAt, type Diagnostic } from '../support/lspClient';
import { documentText, runParameters } from './cards';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface CodeAction {
  edit?: {
    changes?: Record<string, { range: Range }[]>;
    documentChanges?: { textDocument?: { uri: string }; edits?: { range: Range }[] }[];
  };
}

let client: LspClient;

before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

/** Line lengths in UTF-16 units, with the same line breaks LSP counts (\n, \r\n and a lone \r). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(text: string, lines: number[], range: Range, what: string): void {
  const ok = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) &&
    p.line >= 0 &&
    p.line < lines.length &&
    p.character >= 0 &&
    p.character <= lines[p.line];
  assert.ok(
    ok(range.start) && ok(range.end),
    `${what} ${JSON.stringify(range)} outside a ${text.length}-char document`,
  );
  const before =
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(before, `${what} ${JSON.stringify(range)} ends before it starts`);
}

/** Fails instead of hanging when the server does not answer. */
async function answered<T>(what: string, pending: Promise<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const URIS = [
  LspClient.uri('fuzz-a.card.json'),
  LspClient.uri('fuzz-b.json'),
  LspClient.uri('fuzz-c.card.json'),
];
const opened = new Set<string>();

test('server: answers every request on generated documents and stays alive', async () => {
  let documents = 0;
  await fc.assert(
    fc.asyncProperty(
      documentText,
      fc.nat({ max: URIS.length - 1 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      async (text, which, spots) => {
        documents++;
        const uri = URIS[which];
        const published = opened.has(uri) ? await client.change(uri, text) : await client.open(uri, text);
        opened.add(uri);
        const lines = lineLengths(text);
        for (const d of published.diagnostics) assertInside(text, lines, d.range, `diagnostic ${d.code}`);

        const textDocument = { uri };
        const [hoverAt, completeAt, actionAt] = spots.map((s) =>
          positionAt(text, Math.floor(s * text.length)),
        );
        const hover = await answered(
          'hover',
          client.request<{ range?: Range } | null>('textDocument/hover', { textDocument, position: hoverAt }),
        );
        if (hover?.range) assertInside(text, lines, hover.range, 'hover');
        const completion = await answered(
          'completion',
          client.request<{ items: { textEdit?: { range: Range } }[] } | null>('textDocument/completion', {
            textDocument,
            position: completeAt,
          }),
        );
        for (const item of completion?.items ?? [])
          if (item.textEdit) assertInside(text, lines, item.textEdit.range, 'completion edit');
        await answered('documentSymbol', client.request('textDocument/documentSymbol', { textDocument }));
        const actions = await answered(
          'codeAction',
          client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument,
            range: { start: actionAt, end: actionAt },
            context: { diagnostics: published.diagnostics.slice(0, 20) as Diagnostic[] },
          }),
        );
        for (const action of actions ?? []) {
          // Quick fixes edit this document; template actions may also create or edit its data file.
          for (const edit of action.edit?.changes?.[uri] ?? [])
            assertInside(text, lines, edit.range, 'code action edit');
          for (const change of action.edit?.documentChanges ?? [])
            if (change.textDocument?.uri === uri)
              for (const edit of change.edits ?? [])
                assertInside(text, lines, edit.range, 'code action edit');
        }

        assert.deepEqual(client.loggedErrors, [], 'the server logged a failure');
        assert.ok(client.isAlive(), `server died\n${client.stderr}`);
      },
    ),
    runParameters(Number(process.env.FUZZ_SERVER_RUNS ?? 400)),
  );
  console.log(`${documents} documents through the server`);
  assert.ok(client.isAlive());
});
