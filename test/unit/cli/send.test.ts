// `simulate --url` and `preview --url` against loopback servers through the real built CLI: the exit code
// follows the send, an empty --url is refused, and an answer nested thousands of levels deep neither kills
// the preview nor turns into megabytes of output (issue 14, items 1 and 5).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import {
  answeringServer,
  cli,
  cliAsync,
  openEvents,
  postToPreview,
  refusedUrl,
  startPreview,
  tempDir,
} from '../../support/cli';

const CARD = path.join('examples', 'alarm.card.json');
const simulate = (...args: string[]) => cli(['simulate', CARD, '--target', 'done_button', ...args]);
const simulateAsync = (...args: string[]) => cliAsync(['simulate', CARD, '--target', 'done_button', ...args]);

/** `{"card":{"type":"raw","data":{"a":{"a":…}}}}`, `depth` levels under data. */
const deepAnswer = (depth: number) =>
  '{"card":{"type":"raw","data":' + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}}';

let tmp: ReturnType<typeof tempDir>;
before(() => {
  tmp = tempDir();
});
after(() => tmp.remove());

test('an empty or unusable --url is refused with a message (exit 2), not silently ignored', () => {
  for (const url of ['', '   ', 'not a url', 'ftp://127.0.0.1/x']) {
    const result = simulate('--url', url);
    assert.equal(result.code, 2, `--url "${url}": ${result.stderr}`);
    assert.match(result.stderr, /--url/);
    assert.equal(result.stdout, '');
  }
  const preview = cli(['preview', CARD, '--url', '']);
  assert.equal(preview.code, 2);
  assert.match(preview.stderr, /--url is empty/);
});

test('simulate exits 0 when the send succeeds and 1 when it fails, printing the request either way', async () => {
  const server = await answeringServer('{}');
  try {
    const ok = await simulateAsync('--url', server.url);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).response.status, 200);
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
  const refused = simulate('--url', await refusedUrl());
  assert.equal(refused.code, 1);
  const output = JSON.parse(refused.stdout);
  assert.ok(output.request.event, 'the request is printed');
  assert.equal(output.response.error.code, 'refused');
});

test('simulate prints a 10,000-level answer as raw text with a note, and a 1,000-level 10 KB one compactly', async () => {
  for (const depth of [10_000, 1_000]) {
    const answer = deepAnswer(depth);
    const server = await answeringServer(answer);
    try {
      const result = await simulateAsync('--url', server.url);
      assert.equal(result.code, 0, result.stderr);
      const output = JSON.parse(result.stdout);
      assert.ok(output.request.event, 'the request is printed');
      assert.equal(output.response.status, 200);
      assert.equal(output.response.body, answer, 'the raw answer');
      assert.match(output.response.note, /nested more than 256 levels/);
      assert.ok(result.stdout.length < 3 * answer.length + 20_000, `${result.stdout.length} bytes printed`);
    } finally {
      await server.close();
    }
  }
});

test(
  'preview survives a 10,000-level answer: the console entry gets an answer that says why',
  { timeout: 60_000 },
  async () => {
    const server = await answeringServer(deepAnswer(10_000));
    const preview = await startPreview([CARD, '--url', server.url]);
    const events = openEvents(preview.url);
    try {
      await events.next('card');
      const message = {
        type: 'callback',
        id: 'deep-1',
        request: { schema: '2.0', header: {}, event: {} },
        cardKind: 'v2',
      };
      assert.equal(await postToPreview(preview.url, JSON.stringify(message)), 204);
      const reply = await events.next('answer');
      assert.equal(reply.id, 'deep-1');
      const answer = reply.answer as { error?: { message: { en: string } } };
      assert.match(answer.error!.message.en, /nested more than 256 levels deep/);
      // Still serving: a second callback gets its answer too.
      assert.equal(await postToPreview(preview.url, JSON.stringify({ ...message, id: 'deep-2' })), 204);
      assert.equal((await events.next('answer')).id, 'deep-2');
      assert.equal(preview.child.exitCode, null, preview.stderr());
    } finally {
      events.close();
      await preview.stop();
      await server.close();
    }
  },
);

test(
  'preview answers an oversized message with 413, and does not send the page a 6 MB file',
  { timeout: 60_000 },
  async () => {
    const big = path.join(tmp.dir, 'big.card.json');
    const padding = 'x'.repeat(6 * 1024 * 1024);
    writeFileSync(
      big,
      JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: padding }] } }),
    );
    const preview = await startPreview([big]);
    const events = openEvents(preview.url);
    try {
      const card = await events.next('card');
      const text = card.text as string;
      assert.ok(text.length < 10_000, `${text.length} characters sent to the page`);
      assert.match(text, /over the 5\.0 MB the preview reads/);
      const oversized = JSON.stringify({ type: 'copy', text: 'y'.repeat(5 * 1024 * 1024) });
      assert.equal(await postToPreview(preview.url, oversized), 413);
      assert.equal(await postToPreview(preview.url, JSON.stringify({ type: 'ready' })), 204, 'still serving');
    } finally {
      events.close();
      await preview.stop();
    }
  },
);

test('render and simulate say what is wrong with a card they cannot use', () => {
  const big = path.join(tmp.dir, 'huge.card.json');
  writeFileSync(
    big,
    JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x'.repeat(6e6) }] } }),
  );
  const render = cli(['render', big]);
  assert.equal(render.code, 2);
  assert.match(render.stderr, /is too large \(\d+ characters/);
  const deep = path.join(tmp.dir, 'deep.card.json');
  writeFileSync(deep, '{"schema":"2.0","x":' + '['.repeat(1000) + ']'.repeat(1000) + '}');
  assert.match(cli(['render', deep]).stderr, /nested too deeply \(\d+ levels\)/);
  const simulateBig = cli(['simulate', big, '--target', 'x']);
  assert.equal(simulateBig.code, 1);
  assert.match(simulateBig.stderr, /too large/);
});
