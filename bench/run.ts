// `npm run bench`: figures measured side by side in one run, printed with their targets. Nothing here is
// asserted; the numbers move with the machine, so compare ratios measured in the same run.
//
//   npm run bench                 # everything
//   npm run bench -- --no-editor  # skip the code-server part (about 30 s)
import { existsSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lintText } from '../server/src/card/lint/engine';
import { TYPING_PAUSE_MS } from '../server/src/lsp/typingPause';
import { chartCard, emptyCard, largeCard, typicalCard } from './cards';
import { BenchServer } from './lsp';
import { benchEditor } from './editor';
import { benchGrowth } from './growth';
import { benchPreview } from './preview';
import { benchStartup } from './startup';
import type { Report } from './report';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schemas', 'card-2.0.schema.json');
const large = largeCard();

// ---------- reporting ----------
interface Row {
  figure: string;
  value: string;
  target?: string;
  met?: boolean;
}
const rows: Row[] = [];
const report: Report = (figure, value, target, met) => {
  rows.push({ figure, value, target, met });
  const mark = met === undefined ? '' : met ? '  ✓' : '  ✗ target missed';
  console.log(`  ${figure.padEnd(58)} ${value.padStart(16)}${target ? `   target ${target}` : ''}${mark}`);
};
function section(title: string): void {
  console.log(`\n${title}`);
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const ratio = (x: number) => `${x.toFixed(2)}×`;

/** Completion latencies as p50 and p95, the p95 against its 20 ms target. */
function reportCompletion(when: string, times: number[]): void {
  const p95 = percentile(times, 95);
  report(`completion p50 (${when})`, ms(percentile(times, 50)));
  report(`completion p95 (${when})`, ms(p95), '≤ 20 ms', p95 <= 20);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (values: number[]) => percentile(values, 50);

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

// ---------- diagnostics latency through a server ----------
interface Latencies {
  emptyOpen: number;
  typicalOpen: number;
  typicalChange: number;
  largeOpen: number;
  largeChange: number;
  largeDiagnostics: number;
  /** Median JSON.parse of the 1 MB text in this process, timed between the server's 1 MB opens. */
  largeParse: number;
}

let docCounter = 0;
const uri = (name: string) => pathToFileURL(path.join(ROOT, '.bench', `${name}-${++docCounter}.json`)).href;

async function openTimes(server: BenchServer, text: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const u = uri('open');
    times.push(await server.open(u, text));
    await server.close(u);
  }
  return times;
}

/** Alternates two nearly equal texts, so every change really changes the document. */
async function changeTimes(server: BenchServer, text: string, runs: number): Promise<number[]> {
  const u = uri('change');
  await server.open(u, text);
  const edited = text.replace('"schema": "2.0"', '"schema": "2.0" ');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await server.change(u, i % 2 ? text : edited));
  await server.close(u);
  return times;
}

async function measureLatencies(server: BenchServer): Promise<Latencies> {
  // Warm the JIT and any lazily loaded schema before timing.
  await openTimes(server, typicalCard, 15);
  await openTimes(server, large.text, 2);
  // The empty and the typical card alternate, so a busy moment on the machine hits both alike.
  const empty: number[] = [];
  const typical: number[] = [];
  for (let i = 0; i < 30; i++) {
    empty.push(...(await openTimes(server, emptyCard, 1)));
    typical.push(...(await openTimes(server, typicalCard, 1)));
  }
  const result: Latencies = {
    emptyOpen: median(empty),
    typicalOpen: median(typical),
    typicalChange: median(await changeTimes(server, typicalCard, 30)),
    largeOpen: 0,
    largeChange: median(await changeTimes(server, large.text, 7)),
    largeDiagnostics: 0,
    largeParse: 0,
  };
  // The denominator of "didOpen work / JSON.parse" is timed in the same rounds as the numerator: one open,
  // then a few JSON.parse calls here while the server is idle. The two medians then come from the same
  // minutes of machine time; timed minutes apart, JSON.parse of this text read 2.3 ms in one run and 4.4 ms
  // in another as the load of other processes on the machine (memory bandwidth, shared cache) came and went.
  // This JSON.parse row and the in-process one below are not comparable with each other: they are timed
  // minutes apart, and on this shared machine JSON.parse of the same text moved between 2.0 and 4.5 ms
  // within an hour (4.99 here against 2.89 there in one run, 2.42 against 2.62 in another). Timed at the same
  // moment in one process (session 7, load 4, 20 rounds), JSON.parse right after a server open read 2.05–2.54
  // ms and right after a lintText 2.41–2.54 ms (medians by position in the round): neither the pause after
  // the open (50 or 400 ms), this process's young generation (8 or 16 MB) nor the scavenges lintText sets
  // off (they hit 3% of the calls alternated with it, 15% of calls alone; medians 2.68 and 3.01 ms) explain
  // a gap. Each ratio stays honest by taking its two medians from the same rounds.
  const opens: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < 9; i++) {
    opens.push(...(await openTimes(server, large.text, 1)));
    // Both processes share the cores: let the server finish what follows its publish (the close, a GC).
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let j = 0; j < 3; j++) parses.push(timeOnce(() => JSON.parse(large.text)));
  }
  result.largeOpen = median(opens);
  result.largeParse = median(parses);
  const u = uri('count');
  await server.open(u, large.text);
  result.largeDiagnostics = server.counts.get(u) ?? 0;
  await server.close(u);
  return result;
}

function ours(): BenchServer {
  return new BenchServer(
    'feishu-card',
    process.execPath,
    [path.join(ROOT, 'dist', 'server.js'), '--stdio'],
    true,
  );
}

async function main(): Promise<void> {
  console.log(
    `Feishu card tools benchmarks · node ${process.version} · typical card ${(typicalCard.length / 1024).toFixed(1)} KB · large card ${(large.text.length / 1024 / 1024).toFixed(2)} MB`,
  );

  section(
    'Diagnostics through our server (dist/server.js --stdio), median, from didOpen/didChange to publishDiagnostics',
  );
  const server = ours();
  await server.initialize({ locale: 'en', settings: {} });
  const our = await measureLatencies(server);
  await server.stop();
  report('empty card, didOpen', ms(our.emptyOpen));
  report('typical card, didOpen', ms(our.typicalOpen), '≤ 5 ms', our.typicalOpen <= 5);
  report('typical card, didChange', ms(our.typicalChange));
  report('1 MB card, didOpen', ms(our.largeOpen));
  // Edits of files over 256 KB wait for a pause in typing (server.ts), so completion goes first.
  report(`1 MB card, didChange (includes the ${TYPING_PAUSE_MS} ms typing pause)`, ms(our.largeChange));
  report('1 MB card, diagnostics published', String(our.largeDiagnostics));

  section('Start-up (whole processes, median)');
  await benchStartup(ROOT, typicalCard, report);

  section('The same documents through vscode-json-languageserver with our schema');
  let their: Latencies | undefined;
  if (!existsSync(SCHEMA)) {
    console.log(`  skipped: ${path.relative(ROOT, SCHEMA)} does not exist yet (npm run build generates it)`);
  } else {
    // The published schema is draft-07, which vscode-json-languageserver validates fully.
    const json = new BenchServer(
      'vscode-json-languageserver',
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'vscode-json-languageserver', 'bin', 'vscode-json-languageserver'),
        '--stdio',
      ],
      false,
    );
    await json.initialize(
      { handledSchemaProtocols: ['file'], provideFormatter: false },
      { json: { schemas: [{ url: pathToFileURL(SCHEMA).href, fileMatch: ['*.json'] }] } },
    );
    const probe = uri('probe');
    await json.open(
      probe,
      JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'checker', checked: 'yes' }] } }),
    );
    const validates = (json.counts.get(probe) ?? 0) > 0;
    await json.close(probe);
    their = await measureLatencies(json);
    await json.stop();
    if (!validates)
      console.log('  note: it reported nothing on a card with a type error: is the schema applied?');
    report('empty card, didOpen (includes its fixed 300 ms validation delay)', ms(their.emptyOpen));
    report('typical card, didOpen', ms(their.typicalOpen));
    report('typical card, didChange', ms(their.typicalChange));
    report('1 MB card, didOpen', ms(their.largeOpen));
    report('1 MB card, didChange', ms(their.largeChange));
    report('1 MB card, diagnostics published', String(their.largeDiagnostics));
  }

  section('Ratios (work = latency minus the same server’s latency on an empty card)');
  const work = (l: Latencies, key: keyof Latencies) => l[key] - l.emptyOpen;
  // On a tiny card the difference can drown in timer and scheduling noise; say so instead of a ratio.
  const workRatio = (a: number, b: number, bIsWork = true) =>
    a <= 0.05 || (bIsWork && b <= 0.05) ? 'within noise' : ratio(a / b);
  if (their) {
    const largeRatio = work(our, 'largeOpen') / work(their, 'largeOpen');
    report('ours / json server, 1 MB card, didOpen', ratio(largeRatio), '≤ 0.5', largeRatio <= 0.5);
    // Both servers wait before analysing an edit (theirs 300 ms always, ours 200 ms on large files only):
    // compare the work, without either pause.
    report(
      'ours / json server, 1 MB card, didChange',
      workRatio(work(our, 'largeChange') - TYPING_PAUSE_MS, work(their, 'largeChange')),
    );
    report(
      'ours / json server, typical card, didOpen',
      workRatio(work(our, 'typicalOpen'), work(their, 'typicalOpen')),
    );
  } else {
    console.log('  ours / json server: skipped (no schema)');
  }
  // The in-process comparisons alternate the two calls in one loop (see `sideBySide`), so both medians come
  // from the same moments; each is printed, not only the ratio.
  const typicalPair = sideBySide(
    () => JSON.parse(typicalCard),
    () => lintText(typicalCard),
    200,
    20,
  );
  const largePair = sideBySide(
    () => JSON.parse(large.text),
    () => lintText(large.text),
    25,
    1,
  );
  report('JSON.parse, 1 MB card, between our server’s 1 MB opens', ms(our.largeParse));
  const wireRatio = work(our, 'largeOpen') / our.largeParse;
  report('our didOpen work / JSON.parse, 1 MB card', ratio(wireRatio), '≤ 10×', wireRatio <= 10);
  report(
    'our didOpen work / JSON.parse, typical card',
    workRatio(work(our, 'typicalOpen'), typicalPair.a, false),
  );
  // The same comparison without the protocol: parse + rules in this process, no JSON-RPC, no text copies.
  report('JSON.parse, 1 MB card (in process, alternated with lintText)', ms(largePair.a));
  report('lintText, 1 MB card (in process, alternated with JSON.parse)', ms(largePair.b));
  report('in-process analysis (lintText) / JSON.parse, 1 MB card', ratio(largePair.b / largePair.a));
  report('JSON.parse, typical card (in process, alternated with lintText)', ms(typicalPair.a));
  report('lintText, typical card (in process, alternated with JSON.parse)', ms(typicalPair.b));
  report('in-process analysis (lintText) / JSON.parse, typical card', ratio(typicalPair.b / typicalPair.a));

  section('Growth with size (in process, whole analysis: parse, model, validation, every rule)');
  await benchGrowth(report);

  section('Completion inside `behaviors` on the 1 MB card, and memory');
  const fresh = ours();
  await fresh.initialize({ locale: 'en', settings: {} });
  const largeUri = uri('large');
  await fresh.open(largeUri, large.text);
  report(
    'server RSS after opening the 1 MB card',
    `${(fresh.rss() / 1024 / 1024).toFixed(1)} MB`,
    '≤ 150 MB',
    fresh.rss() <= 150 * 1024 * 1024,
  );
  const position = positionAt(large.text, large.completionOffset);
  const params = { textDocument: { uri: largeUri }, position };
  const warm: number[] = [];
  let labels: string[] = [];
  for (let i = 0; i < 60; i++) {
    const { ms: t, result } = await fresh.timeRequest('textDocument/completion', params);
    if (i >= 10) warm.push(t);
    const items = Array.isArray(result) ? result : ((result as { items?: unknown[] } | null)?.items ?? []);
    labels = (items as { label: string }[]).map((item) => item.label);
  }
  reportCompletion('document unchanged', warm);
  // What typing does: an edit arrives, then the completion request for the new version right behind it.
  // 60 samples each: with 10, the "p95" was the single slowest sample, with 40 the third slowest.
  // A space typed between two tokens and taken back, first as VS Code (and every editor in the README)
  // sends it, an incremental change, then as a client without incremental sync does, the whole 1 MB text.
  const spaceAt = large.text.indexOf('"schema": "2.0"') + '"schema": "2.0"'.length;
  const spacePosition = positionAt(large.text, spaceAt);
  const afterEdit: number[] = [];
  for (let i = 0; i < 60; i++) {
    const range =
      i % 2
        ? { start: spacePosition, end: { ...spacePosition, character: spacePosition.character + 1 } }
        : { start: spacePosition, end: spacePosition };
    await fresh.keystrokeNoWait(largeUri, range, i % 2 ? '' : ' ');
    afterEdit.push((await fresh.timeRequest('textDocument/completion', params)).ms);
  }
  reportCompletion('right after an edit', afterEdit);
  // The whole text per edit: 1 MB decoded from the pipe and parsed out of the JSON-RPC message, then
  // narrowed to the one change (lsp/editLog.ts). Those few megabytes of strings per keystroke push the
  // previous tree out of the processor's caches, so moving it costs several times more (its tail is there).
  const afterWholeText: number[] = [];
  for (let i = 0; i < 60; i++) {
    await fresh.changeNoWait(
      largeUri,
      i % 2 ? large.text : large.text.replace('"schema": "2.0"', '"schema": "2.0" '),
    );
    afterWholeText.push((await fresh.timeRequest('textDocument/completion', params)).ms);
  }
  reportCompletion('right after an edit sent as the whole text', afterWholeText);
  // Typing inside a string value (a text, a URL): the edit arrives as an incremental change, and the server
  // moves the previous tree instead of parsing the card again (card/parse/stringEdit.ts).
  let typed = large.text;
  const afterKeystroke: number[] = [];
  for (let i = 0; i < 40; i++) {
    const at = typed.indexOf('"content": "') + '"content": "'.length;
    const position = positionAt(typed, at);
    await fresh.keystrokeNoWait(largeUri, { start: position, end: position }, 'x');
    typed = typed.slice(0, at) + 'x' + typed.slice(at);
    const shifted = {
      textDocument: { uri: largeUri },
      position: positionAt(typed, large.completionOffset + i + 1),
    };
    afterKeystroke.push((await fresh.timeRequest('textDocument/completion', shifted)).ms);
  }
  reportCompletion('right after a keystroke inside a string', afterKeystroke);
  console.log(`  offered there: ${labels.join(', ') || '(nothing)'}`);
  report('server RSS after the completions', `${(fresh.rss() / 1024 / 1024).toFixed(1)} MB`);
  await fresh.stop();

  section('Preview in Chromium');
  await benchPreview(ROOT, { typical: typicalCard, large: large.text, chart: chartCard }, report);

  section('Package');
  const vsix = path.join(ROOT, '.e2e', `bench-${process.pid}.vsix`);
  const { packageVsix } = await import('../scripts/e2e/codeServer');
  packageVsix(vsix);
  const size = statSync(vsix).size;
  rmSync(vsix, { force: true });
  // Issue 12 raised the limit from 1 MB to 2 MB for the chart library (VChart).
  report('.vsix size', `${(size / 1024).toFixed(1)} KB`, '≤ 2048 KB', size <= 2048 * 1024);

  section('Extension in code-server');
  if (process.argv.includes('--no-editor')) console.log('  skipped (--no-editor)');
  else await benchEditor(typicalCard, report);

  const missed = rows.filter((row) => row.met === false);
  console.log(
    `\n${rows.filter((row) => row.met !== undefined).length - missed.length} targets met, ${missed.length} missed${missed.length ? ': ' + missed.map((row) => row.figure).join('; ') : ''}`,
  );
}

/** Milliseconds of one call of `fn`. */
function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Median milliseconds per call of `a` and of `b`, timed alternately in one loop: each round times a batch
 * of `perBatch` calls of `a`, then of `b`, so that both medians see the same state of the machine (other
 * processes, clock speed) and the same heap. Timing one after the other, minutes apart, let the load of
 * the moment decide the ratio. Batches make tiny calls measurable; both get the same warm-up.
 */
function sideBySide(
  a: () => unknown,
  b: () => unknown,
  rounds: number,
  perBatch: number,
): { a: number; b: number } {
  for (let i = 0; i < Math.max(3, perBatch); i++) {
    a();
    b();
  }
  const batch = (fn: () => unknown) => {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    return (performance.now() - start) / perBatch;
  };
  const as: number[] = [];
  const bs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    as.push(batch(a));
    bs.push(batch(b));
  }
  return { a: median(as), b: median(bs) };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
