// The language server's launcher (dist/server.js) runs the server bundle through V8's code cache: a start
// with no cache writes one a few seconds in (an editor may kill its server rather than let it exit), the
// next start uses it and publishes the same diagnostics. Run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/cli';
import { LspClient } from '../support/lspClient';

const card = JSON.stringify({
  schema: '2.0',
  body: { elements: [{ tag: 'checker', behaviors: [{ type: 'open_url', default_url: 'https://e.com' }] }] },
});

async function openOnce(folder: string) {
  const client = await LspClient.start({
    env: { FEISHU_CARD_CODE_CACHE: folder, FEISHU_CARD_CODE_CACHE_LOG: '1' },
  });
  try {
    const published = await client.open(LspClient.uri('cached.card.json'), card);
    return { client, codes: published.diagnostics.map((d) => d.code) };
  } catch (error) {
    await client.stop();
    throw error;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

test('the server writes its code cache while it runs and the next server uses it, with the same findings', async () => {
  const { dir, remove } = tempDir();
  const folder = path.join(dir, 'cache');
  try {
    const first = await openOnce(folder);
    try {
      assert.match(first.client.stderr, /code cache missing/);
      assert.ok(first.codes.includes('checker-open-url'), first.codes.join());
      const written = await waitFor(() => /code cache written/.test(first.client.stderr), 15_000);
      assert.ok(written, `no cache written: ${first.client.stderr}`);
    } finally {
      await first.client.stop();
    }
    assert.ok(existsSync(folder));
    assert.deepEqual(
      readdirSync(folder).filter((name) => /^server-main-[0-9a-f]{20}\.v8cache$/.test(name)).length,
      1,
    );

    const second = await openOnce(folder);
    try {
      assert.match(second.client.stderr, /code cache used/);
      assert.deepEqual(second.codes, first.codes);
      // A server that used the cache has nothing to write.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      assert.doesNotMatch(second.client.stderr, /code cache written/);
    } finally {
      await second.client.stop();
    }
  } finally {
    remove();
  }
});
