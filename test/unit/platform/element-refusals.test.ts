// A CardKit element operation that fails is refused with the code its own page gives — add 300315, replace
// 300121, property patch 300313 (300312 when it changes the tag), delete 300314 — and with the same code when
// it comes as an action of a batch update. Each call made by a bot through the official SDK's API client.
import type * as lark from '@larksuiteoapi/node-sdk';
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { CARD_V2, client, startHarness } from './helpers';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
});

/** The platform's code: 0 for an answer, the refusal's code when the SDK throws on HTTP 400. */
async function code(call: Promise<{ code?: number }>): Promise<number> {
  try {
    return (await call).code ?? -1;
  } catch (error) {
    return (error as { response?: { data?: { code?: number } } }).response?.data?.code ?? -1;
  }
}

async function setUp(): Promise<{ api: lark.Client; cardId: string; next: () => number }> {
  const h = await startHarness();
  cleanup.push(() => h.close());
  const api = client(h.platform);
  const card = { ...CARD_V2, body: { elements: [{ tag: 'markdown', element_id: 'md', content: 'hi' }] } };
  const created = await api.cardkit.v1.card.create({
    data: { type: 'card_json', data: JSON.stringify(card) },
  });
  assert.equal(created.code, 0);
  let sequence = 0;
  return { api, cardId: created.data!.card_id!, next: () => ++sequence };
}

test('a failed element operation has its page code, alone and as a batch action', async () => {
  const { api, cardId, next } = await setUp();
  const batch = (action: string, params: Record<string, unknown>) =>
    code(
      api.cardkit.v1.card.batchUpdate({
        path: { card_id: cardId },
        data: { sequence: next(), actions: JSON.stringify([{ action, params }]) },
      }),
    );
  const element = (id: string) => ({ card_id: cardId, element_id: id });
  const markdown = JSON.stringify({ tag: 'markdown', element_id: 'md2', content: 'x' });
  const cases: [string, number, number][] = [
    [
      'add next to a missing element',
      await code(
        api.cardkit.v1.cardElement.create({
          path: { card_id: cardId },
          data: {
            type: 'insert_after',
            target_element_id: 'nope',
            sequence: next(),
            elements: `[${markdown}]`,
          },
        }),
      ),
      await batch('add_elements', {
        type: 'insert_after',
        target_element_id: 'nope',
        elements: [JSON.parse(markdown)],
      }),
    ],
    [
      'replace a missing element',
      await code(
        api.cardkit.v1.cardElement.update({
          path: element('nope'),
          data: { element: markdown, sequence: next() },
        }),
      ),
      await batch('update_element', { element_id: 'nope', element: { tag: 'markdown', content: 'x' } }),
    ],
    [
      'patch a missing element',
      await code(
        api.cardkit.v1.cardElement.patch({
          path: element('nope'),
          data: { partial_element: '{}', sequence: next() },
        }),
      ),
      await batch('partial_update_element', { element_id: 'nope', partial_element: {} }),
    ],
    [
      'patch the tag',
      await code(
        api.cardkit.v1.cardElement.patch({
          path: element('md'),
          data: { partial_element: JSON.stringify({ tag: 'hr' }), sequence: next() },
        }),
      ),
      await batch('partial_update_element', { element_id: 'md', partial_element: { tag: 'hr' } }),
    ],
    [
      'delete a missing element',
      await code(api.cardkit.v1.cardElement.delete({ path: element('nope'), data: { sequence: next() } })),
      await batch('delete_elements', { element_ids: ['nope'] }),
    ],
  ];
  assert.deepEqual(cases, [
    ['add next to a missing element', 300315, 300315],
    ['replace a missing element', 300121, 300121],
    ['patch a missing element', 300313, 300313],
    ['patch the tag', 300312, 300312],
    ['delete a missing element', 300314, 300314],
  ]);
  // What did not fail still works: a patch of a property of an existing element.
  const patched = api.cardkit.v1.cardElement.patch({
    path: element('md'),
    data: { partial_element: JSON.stringify({ content: 'patched' }), sequence: next() },
  });
  assert.equal(await code(patched), 0);
});
