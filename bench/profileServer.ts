// Profiles the language server on didOpen of the 1 MB card: spawns dist/server.js with --cpu-prof, opens the
// card a few times, and prints where the server's time goes (self time per function, top entries).
// `node --import tsx bench/profileServer.ts [runs]`. A tool for finding work outside the analysis, not a bench.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { largeCard } from './cards';
import { BenchServer } from './lsp';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10);
  const root = path.resolve(__dirname, '..');
  const dir = mkdtempSync(path.join(tmpdir(), 'feishu-prof-'));
  const server = new BenchServer(
    'feishu-card',
    process.execPath,
    [
      ...(process.env.SERVER_FLAGS?.split(' ') ?? []),
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      path.join(root, 'dist', 'server.js'),
      '--stdio',
    ],
    true,
  );
  await server.initialize({ locale: 'en', settings: {} });
  const { text } = largeCard();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const uri = pathToFileURL(path.join(root, '.bench', `profile-${i}.json`)).href;
    times.push(await server.open(uri, text));
    await server.close(uri);
  }
  // The profile is written when the process exits on its own (a kill would lose it).
  const exited = new Promise((r) => server.child.once('exit', r));
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  await exited;
  console.log(`didOpen → diagnostics, ms: ${times.map((t) => t.toFixed(0)).join(' ')}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile ${path.join(dir, file)}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time:');
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  // Inclusive time per function, counting only its outermost call on each stack (recursion counted once).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  const visit = (id: number, onStack: Set<string>): number => {
    const n = nodes.get(id)!;
    const key = keyOf(n);
    let sum = self.get(id) ?? 0;
    const outer = !onStack.has(key);
    if (outer) onStack.add(key);
    for (const child of n.children ?? []) sum += visit(child, onStack);
    if (outer) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  visit(profile.nodes[0].id, new Set());
  console.log('\ninclusive time:');
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 400))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}

void main();
