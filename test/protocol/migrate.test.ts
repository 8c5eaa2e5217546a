// "Convert to JSON 2.0" through the real server: offered on 1.0 cards only; applying it gives a 2.0 card with
// no error diagnostics.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, offsetAt } from '../support/lspClient';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client.stop();
});

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

const card1 = JSON.stringify(
  {
    header: { title: { tag: 'plain_text', content: 'Deploy' }, template: 'blue' },
    elements: [
      { tag: 'note', elements: [{ tag: 'plain_text', content: 'staging' }] },
      {
        tag: 'action',
        actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Ship' }, value: { go: 1 } }],
      },
    ],
  },
  null,
  2,
);

async function refactorings(uri: string) {
  return client.request<{ title: string; kind: string; edit?: { changes: Record<string, Edit[]> } }[]>(
    'textDocument/codeAction',
    {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['refactor'] },
    },
  );
}

test('a 1.0 card is offered "Convert to JSON 2.0", and the result has no error diagnostics', async () => {
  const uri = LspClient.uri('deploy-v1.json');
  await client.open(uri, card1);
  const action = (await refactorings(uri)).find((a) => a.title.startsWith('Convert to JSON 2.0'));
  assert.ok(action?.edit, 'offered');
  const [edit] = action.edit.changes[uri];
  const text =
    card1.slice(0, offsetAt(card1, edit.range.start)) +
    edit.newText +
    card1.slice(offsetAt(card1, edit.range.end));
  assert.equal((JSON.parse(text) as { schema: string }).schema, '2.0');
  const published = await client.change(uri, text);
  assert.deepEqual(
    published.diagnostics.filter((d) => d.severity === 1),
    [],
  );
  assert.ok(!(await refactorings(uri)).some((a) => a.title.startsWith('Convert')), 'not offered on 2.0');
});
