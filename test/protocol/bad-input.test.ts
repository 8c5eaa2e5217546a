// What users actually paste into the editor, through the real server over stdio: broken JSON, nothing at
// all, the wrong root, huge and absurdly deep files, BOMs, CRLF, astral characters, and edits faster than
// the server can analyse them. The server must answer, stay responsive and put every range where it belongs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { lintText } from '../../server/src/card/lint/engine';
import { LspClient, offsetAt, positionAt, type PublishedDiagnostics } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  assert.deepEqual(client.loggedErrors, [], 'the server logged no failure');
  assert.ok(client.isAlive());
  await client.stop();
});

/** A 2.0 card whose checker carries an `open_url` behavior: one known diagnostic at a known place. */
function checkerCard(content = 'ok'): string {
  return JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'markdown', content },
        { tag: 'checker', behaviors: [{ type: 'open_url', default_url: 'https://e.com' }] },
      ],
    },
  });
}

/** Every request kind the editor sends, at one position; all must be answered. */
async function poke(uri: string, position = { line: 0, character: 0 }): Promise<void> {
  const textDocument = { uri };
  await client.request('textDocument/hover', { textDocument, position });
  await client.request('textDocument/completion', { textDocument, position });
  await client.request('textDocument/documentSymbol', { textDocument });
  await client.request('textDocument/codeAction', {
    textDocument,
    range: { start: position, end: position },
    context: { diagnostics: [] },
  });
}

function codes(published: PublishedDiagnostics): string[] {
  return published.diagnostics.map((d) => String(d.code));
}

test('malformed JSON gets a syntax error inside the document', async () => {
  const text = '{"schema": "2.0", "body": {"elements": [{"tag": "markdown",, }';
  const uri = LspClient.uri('malformed.card.json');
  const published = await client.open(uri, text);
  assert.ok(codes(published).includes('json-syntax'), JSON.stringify(published.diagnostics));
  for (const d of published.diagnostics) {
    assert.equal(d.range.start.line, 0);
    assert.ok(d.range.end.character <= text.length, JSON.stringify(d.range));
  }
  await poke(uri, { line: 0, character: 30 });
});

test('an error at the very end of the file stays inside it', async () => {
  const text = '{"schema": "2.0", "body": {';
  const published = await client.open(LspClient.uri('eof.card.json'), text);
  assert.ok(published.diagnostics.length > 0);
  for (const d of published.diagnostics)
    assert.ok(d.range.end.character <= text.length, JSON.stringify(d.range));
  // Regression: the pure engine itself reported one character past the end (seen by the CLI and SARIF).
  for (const f of lintText(text, { forceCard: true }).findings) assert.ok(f.end <= text.length);
  for (const f of lintText('{', { forceCard: true }).findings) assert.ok(f.end <= 1);
});

test('an empty file, as a plain JSON file and as a card file', async () => {
  for (const name of ['empty.json', 'empty.card.json']) {
    const uri = LspClient.uri(name);
    const published = await client.open(uri, '');
    for (const d of published.diagnostics) assert.deepEqual(d.range.end, { line: 0, character: 0 });
    await poke(uri);
    await poke(uri, { line: 5, character: 5 });
  }
});

test('a root array is not a card and does not trouble the server', async () => {
  const text = `[${checkerCard()}, 1, "x", null]`;
  const uri = LspClient.uri('array.json');
  const published = await client.open(uri, text);
  assert.deepEqual(published.diagnostics, []);
  await poke(uri, { line: 0, character: 10 });
  const forced = await client.open(LspClient.uri('array.card.json'), text);
  for (const d of forced.diagnostics) assert.ok(d.range.end.character <= text.length);
});

test('a 10 MB card gets one clear diagnostic, quickly, and the server stays responsive', async () => {
  const filler = 'x'.repeat(10 * 1024 * 1024);
  const text = checkerCard(filler);
  const uri = LspClient.uri('huge.card.json');
  const started = Date.now();
  const published = await client.open(uri, text);
  const ms = Date.now() - started;
  assert.deepEqual(codes(published), ['card-too-large']);
  assert.match(published.diagnostics[0].message, /too large/);
  assert.ok(ms < 5000, `took ${ms} ms`);
  await poke(uri, { line: 0, character: 100 });
  // Another document is still served promptly while the huge one is open.
  const small = await client.open(LspClient.uri('small-next-to-huge.json'), checkerCard());
  assert.deepEqual(codes(small), ['checker-open-url']);
  await client.close(uri);
});

test('feishuCard.maxFileSize lowers the size guard', async () => {
  const limited = await LspClient.start({ settings: { maxFileSize: 1000 } });
  try {
    const big = await limited.open(LspClient.uri('limited.card.json'), checkerCard('y'.repeat(2000)));
    assert.deepEqual(codes(big), ['card-too-large']);
    const fine = await limited.open(LspClient.uri('fine.card.json'), checkerCard());
    assert.deepEqual(codes(fine), ['checker-open-url']);
  } finally {
    await limited.stop();
  }
});

test('a 1.0 card in a plain .json file over the size or depth guard gets the same one diagnostic', async () => {
  const v1 = (content: unknown) =>
    JSON.stringify({
      config: { wide_screen_mode: true },
      header: { title: { tag: 'plain_text', content: 'T' } },
      elements: [{ tag: 'div', text: { tag: 'lark_md', content } }],
    });
  const limited = await LspClient.start({ settings: { maxFileSize: 1000 } });
  try {
    const big = await limited.open(LspClient.uri('v1-large.json'), v1('y'.repeat(2000)));
    assert.deepEqual(codes(big), ['card-too-large']);
    assert.match(big.diagnostics[0].message, /too large/);
    const notCard = await limited.open(
      LspClient.uri('rows-large.json'),
      JSON.stringify({ elements: [['y'.repeat(2000)]] }),
    );
    assert.deepEqual(notCard.diagnostics, [], 'rich-text rows are no card: nothing to say');
  } finally {
    await limited.stop();
  }
  const brackets = '['.repeat(10_000) + ']'.repeat(10_000);
  const deepText = v1('x').replace('"content":"x"', `"content":${brackets}`);
  const deep = await client.open(LspClient.uri('v1-deep.json'), deepText);
  assert.deepEqual(codes(deep), ['nesting-too-deep']);
});

test('10,000 levels of nesting neither overflow the stack nor go unreported', async () => {
  const depth = 10_000;
  const brackets = '['.repeat(depth) + ']'.repeat(depth);
  const plain = await client.open(LspClient.uri('deep.json'), brackets);
  assert.deepEqual(plain.diagnostics, [], 'not a card: nothing to say');
  const cardText = `{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":${brackets}}]}}`;
  const uri = LspClient.uri('deep-card.json');
  const published = await client.open(uri, cardText);
  assert.deepEqual(codes(published), ['nesting-too-deep']);
  await poke(uri, { line: 0, character: 5000 });
  const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const forced = await client.open(LspClient.uri('deep-objects.card.json'), objects);
  assert.deepEqual(codes(forced), ['nesting-too-deep']);
  await poke(LspClient.uri('deep-objects.card.json'), { line: 0, character: 20_000 });
});

test('positions are UTF-16 columns after a BOM, astral characters and CRLF', async () => {
  // A syntax error after a BOM and emoji on the same line: each emoji is two UTF-16 units.
  const text = '\ufeff{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"😀𠀀"} x ]}}';
  const published = await client.open(LspClient.uri('astral.card.json'), text);
  const syntax = published.diagnostics.find((d) => d.code === 'json-syntax');
  assert.ok(syntax, JSON.stringify(published.diagnostics));
  assert.deepEqual(syntax.range.start, { line: 0, character: text.indexOf(' x ') + 1 });

  // A rule finding on line 3 of a CRLF file, after astral characters on that line.
  const crlf = [
    '{',
    '  "schema": "2.0",',
    '  "body": {"elements": [',
    '    {"tag": "markdown", "content": "😀😀"}, {"tag": "checker", "behaviors": [{"type": "open_url", "default_url": "https://e.com"}]}',
    '  ]}',
    '}',
  ].join('\r\n');
  const withBom = '\ufeff' + crlf;
  for (const variant of [crlf, withBom]) {
    const rule = await client.open(LspClient.uri(`crlf-${variant.length}.json`), variant);
    const d = rule.diagnostics.find((x) => x.code === 'checker-open-url');
    assert.ok(d, JSON.stringify(rule.diagnostics));
    const offset = variant.indexOf('{"type": "open_url"');
    assert.deepEqual(d.range.start, positionAt(variant, offset));
    assert.equal(d.range.start.line, 3);
    // Same column as counted in UTF-16 units from the line start (the emoji count twice).
    assert.equal(d.range.start.character, variant.split('\r\n')[3].indexOf('{"type"'));
  }
});

test('a burst of edits publishes only in version order, ending with the latest', async () => {
  await checkBurst('burst', 20_000, 60);
});

// Over 256 KB an edit waits for a pause in typing before it is analysed; the same guarantees hold.
test('a burst of edits to a large card also ends with the latest version, published once it settles', async () => {
  await checkBurst('burst-large', 300_000, 8);
});

async function checkBurst(name: string, size: number, count: number): Promise<void> {
  const uri = LspClient.uri(`${name}.card.json`);
  const texts: string[] = [];
  // Alternating shapes so that a result published for the wrong version would show: a checker finding on odd
  // versions, a syntax error on every fifth, nothing on the others; big enough that analysis takes a moment.
  const shape = (v: number) => (v % 5 === 0 ? 'broken' : v % 2 ? 'link' : 'callback');
  for (let v = 1; v <= count; v++) {
    const padding = 'p'.repeat(size + v);
    const base = v % 2 ? checkerCard(padding) : checkerCard(padding).replace('open_url', 'callback');
    texts[v] = v % 5 === 0 ? base.slice(0, -2) : base;
  }
  await client.open(uri, texts[1]);
  const last = texts.length - 1;
  const final = client.nextDiagnostics(uri, last, 30_000);
  for (let v = 2; v <= last; v++) {
    void client.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ text: texts[v] }],
    });
  }
  const latest = await final;
  await new Promise((r) => setTimeout(r, 400));
  const all = client.allPublished(uri);
  const versions = all.map((p) => p.version!);
  for (let i = 1; i < versions.length; i++)
    assert.ok(versions[i] > versions[i - 1], `versions ${versions.join(',')}`);
  assert.equal(versions.at(-1), last);
  // Every published result is the one of its own version's text: same findings as that shape of card gets on
  // its own, and for the link shape the finding sits exactly where that version's padding puts it.
  const reference = new Map<string, string[]>();
  for (const v of [1, 2, 5]) {
    const own = await client.open(LspClient.uri(`${name}-reference-${v}.card.json`), texts[v]);
    reference.set(shape(v), codes(own));
  }
  assert.ok(reference.get('link')!.includes('checker-open-url'));
  for (const p of all) {
    const v = p.version!;
    assert.deepEqual(codes(p), reference.get(shape(v)), `version ${v}`);
    const link = p.diagnostics.find((d) => d.code === 'checker-open-url');
    if (link)
      assert.deepEqual(link.range.start, positionAt(texts[v], texts[v].indexOf('{"type":"open_url"')));
  }
  assert.deepEqual(codes(latest), reference.get(shape(last)));
  // Keep the client's own version counter in step for later edits.
  await client.close(uri);
}

test('requests that do not fit the document are answered, not fatal', async () => {
  const uri = LspClient.uri('odd-requests.json');
  await client.open(uri, checkerCard());
  await poke(uri, { line: 1_000_000, character: 1_000_000 });
  await poke(LspClient.uri('never-opened.json'));
  // An incremental change whose range runs past the end of the document is clamped by the document model.
  const next = client.nextDiagnostics(uri, 2);
  await client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: 0, character: 0 }, end: { line: 50, character: 0 } }, text: '{}' },
    ],
  });
  assert.deepEqual((await next).diagnostics, []);
  assert.ok(client.isAlive());
});

test('fix-all honours feishuCard.files for paths with spaces and non-ASCII folder names', async () => {
  // Regression: code actions matched the patterns against the raw URI (`my%20cards/…`), so a card that the
  // diagnostics treated as a card got no fix-all.
  const patterned = await LspClient.start({ settings: { files: ['my cards/*.json', '卡片/*.json'] } });
  try {
    const card = JSON.stringify({
      body: {
        elements: [{ tag: 'checker', behaviors: [{ type: 'open_url', default_url: 'https://e.com' }] }],
      },
    });
    for (const folder of ['my cards', '卡片']) {
      const uri = LspClient.uri(`${folder}/x.json`);
      assert.match(uri, /%/);
      const published = await patterned.open(uri, card);
      assert.ok(codes(published).includes('checker-open-url'), JSON.stringify(published.diagnostics));
      const actions = await patterned.request<{ kind: string }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.ok(
        actions.some((a) => a.kind.startsWith('source.fixAll')),
        `${folder}: ${JSON.stringify(actions)}`,
      );
    }
  } finally {
    await patterned.stop();
  }
});

test('removing the last behavior of several keeps the card valid JSON', async () => {
  // Regression: jsonc-parser's modify removed only the comma before the last array item (`[a,b]` → `[ab]`),
  // so this quick fix turned a valid card into a broken one.
  const text =
    '{"schema":"2.0","body":{"elements":[{"tag":"checker","behaviors":[{"type":"callback","value":{"k":1}},{"type":"open_url","default_url":"https://e.com"}]}]}}';
  const uri = LspClient.uri('remove-last.card.json');
  const published = await client.open(uri, text);
  const diagnostic = published.diagnostics.find((d) => d.code === 'checker-open-url');
  assert.ok(diagnostic, JSON.stringify(published.diagnostics));
  const actions = await client.request<
    { title: string; edit?: { changes: Record<string, TextEditLike[]> } }[]
  >('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.edit);
  assert.ok(fix, JSON.stringify(actions));
  const fixed = applyLspEdits(text, fix.edit!.changes[uri]);
  const parsed = JSON.parse(fixed) as { body: { elements: { behaviors: unknown[] }[] } };
  assert.deepEqual(parsed.body.elements[0].behaviors, [{ type: 'callback', value: { k: 1 } }]);
  const after = await client.change(uri, fixed);
  assert.ok(!codes(after).includes('checker-open-url'));
});

interface TextEditLike {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

function applyLspEdits(text: string, edits: TextEditLike[]): string {
  const withOffsets = edits.map((e) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    e,
  }));
  withOffsets.sort((a, b) => b.start - a.start);
  let result = text;
  for (const { start, end, e } of withOffsets)
    result = result.slice(0, start) + e.newText + result.slice(end);
  return result;
}
