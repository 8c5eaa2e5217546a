// Template variables over the protocol: diagnostics with and without a data file on disk, the data file's
// own hints, re-linting when the data changes, go to definition, find references and the quick fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { LspClient, ROOT, offsetAt, positionAt, type Diagnostic } from '../support/lspClient';

const TEMPLATES = path.join(ROOT, 'test', 'fixtures', 'templates');
const file = (name: string) => path.join(TEMPLATES, name);
const uriOf = (name: string) => pathToFileURL(file(name)).href;
const read = (name: string) => readFileSync(file(name), 'utf8');
const ofRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

interface Location {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

/** Waits until the latest diagnostics published for `uri` satisfy `check`. */
async function settled(
  uri: string,
  check: (d: Diagnostic[]) => boolean,
  timeoutMs = 5000,
): Promise<Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = client.allPublished(uri).at(-1)?.diagnostics;
    if (last && check(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`diagnostics of ${uri} never settled: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('without a data file a card is no template: its ${…} belong to another engine and get nothing', async () => {
  const text = JSON.stringify(
    { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Hi ${user}' }] } },
    null,
    2,
  );
  const published = await client.open(LspClient.uri('template-no-data.json'), text);
  assert.deepEqual(published.diagnostics, []);
});

test('feishuCard.variables.template "always": without a data file every variable is information', async () => {
  const text = JSON.stringify(
    { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'Hi ${user}' }] } },
    null,
    2,
  );
  const always = await LspClient.start({ settings: { variables: { template: 'always' } } });
  try {
    const published = await always.open(LspClient.uri('template-always.json'), text);
    const undefinedVars = ofRule(published.diagnostics, 'variable-undefined');
    assert.equal(undefinedVars.length, 1, JSON.stringify(published.diagnostics));
    assert.equal(undefinedVars[0].severity, 3);
    assert.deepEqual(undefinedVars[0].range.start, positionAt(text, text.indexOf('${user}')));
  } finally {
    await always.stop();
  }
});

test('with the sidecar data on disk a correct template card has no variable findings', async () => {
  const published = await client.open(uriOf('alarm.card.json'), read('alarm.card.json'));
  assert.deepEqual(
    published.diagnostics.filter((d) => String(d.code).startsWith('variable-')),
    [],
  );
});

test('mistakes in the sample data are reported where the variable is used; unused keys in the data file', async () => {
  const text = read('broken.card.json');
  const published = await client.open(uriOf('broken.card.json'), text);
  const at = (d: Diagnostic) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));
  assert.deepEqual(ofRule(published.diagnostics, 'variable-type').map(at), [
    '${link}',
    '${payload}',
    '${day}',
    '${rows}',
  ]);
  const missing = ofRule(published.diagnostics, 'variable-undefined');
  assert.deepEqual(missing.map(at), ['${missing_name}']);
  assert.equal(missing[0].severity, 2);

  const dataText = read('broken.card.data.json');
  const hints = await settled(uriOf('broken.card.data.json'), (d) => d.length > 0);
  assert.deepEqual(
    hints.map((d) => [
      d.code,
      d.severity,
      dataText.slice(offsetAt(dataText, d.range.start), offsetAt(dataText, d.range.end)),
    ]),
    [['variable-unused', 4, '"leftover"']],
  );
});

test('quick fix adds the missing name to the data file', async () => {
  const uri = uriOf('broken.card.json');
  const diagnostics = ofRule(client.allPublished(uri).at(-1)!.diagnostics, 'variable-undefined');
  const actions = await client.request<
    { title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]
  >('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  });
  const add = actions.find((a) => a.title === 'Add `missing_name` to the sample data');
  assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
  const edits = add.edit!.changes![uriOf('broken.card.data.json')];
  assert.equal(edits.length, 1);
  assert.match(edits[0].newText, /"missing_name": "missing_name"/);
});

test('go to definition jumps from ${name} to its key in the data file', async () => {
  const text = read('alarm.card.json');
  const locations = await client.request<Location[]>('textDocument/definition', {
    textDocument: { uri: uriOf('alarm.card.json') },
    position: positionAt(text, text.indexOf('${service}') + 3),
  });
  assert.equal(locations.length, 1);
  assert.equal(locations[0].uri, uriOf('alarm.card.data.json'));
  const dataText = read('alarm.card.data.json');
  assert.deepEqual(locations[0].range.start, positionAt(dataText, dataText.indexOf('"service"')));
});

test('find references from a data-file key goes back to the uses in the card', async () => {
  const dataText = read('alarm.card.data.json');
  const dataUri = uriOf('alarm.card.data.json');
  await client.open(dataUri, dataText);
  const locations = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: dataUri },
    position: positionAt(dataText, dataText.indexOf('"metric_name"') + 2),
    context: { includeDeclaration: true },
  });
  const cardText = read('alarm.card.json');
  assert.deepEqual(
    locations.map((l) => [l.uri === dataUri ? 'data' : 'card', l.range.start]),
    [
      ['data', positionAt(dataText, dataText.indexOf('"metric_name"'))],
      ['card', positionAt(cardText, cardText.indexOf('${metric_name}'))],
    ],
  );
});

test('editing the open data file re-lints the card', async () => {
  const dataUri = uriOf('alarm.card.data.json');
  const cardUri = uriOf('alarm.card.json');
  const data = JSON.parse(read('alarm.card.data.json'));
  delete data.service;
  data.complete_action = 'complete';
  await client.change(dataUri, JSON.stringify(data, null, 2));
  const diagnostics = await settled(cardUri, (d) => d.some((x) => x.code === 'variable-type'));
  assert.equal(ofRule(diagnostics, 'variable-undefined').length, 1);
  assert.equal(ofRule(diagnostics, 'variable-type').length, 1);
  await client.change(dataUri, read('alarm.card.data.json'));
  await settled(cardUri, (d) => !d.some((x) => String(x.code).startsWith('variable-')));
});

test('feishuCard.variables.dataFile points a card at another data file', async () => {
  const other = await LspClient.start({
    settings: { variables: { dataFile: file('request.card.data.json') } },
  });
  try {
    const uri = LspClient.uri('uses-setting.json');
    const text = JSON.stringify({
      schema: '2.0',
      body: { elements: [{ tag: 'markdown', content: '${version}' }] },
    });
    await other.open(uri, text);
    // The settings are pulled after `initialized`; wait for the analysis that saw them.
    const deadline = Date.now() + 5000;
    let last: Diagnostic[] = [];
    while (Date.now() < deadline) {
      last = other.allPublished(uri).at(-1)?.diagnostics ?? [];
      if (!last.some((d) => d.code === 'variable-undefined')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(ofRule(last, 'variable-undefined'), []);
  } finally {
    await other.stop();
  }
});
