// Bytes allocated per analysis (lintText) of the 1 MB card and of the 10,000-component card, and where they
// are allocated. Why: on these cards the time lost is garbage collection (the tree is copied by every
// scavenge it survives), so every MB less garbage per lint means fewer scavenges while the tree is young.
// `node --import tsx bench/allocations.ts [runs]`. Uses V8's sampling heap profiler with collected objects
// included, so the sum is what was allocated, not what survived. A tool for finding garbage, not a bench.
import { Session } from 'node:inspector';
import { lintText } from '../server/src/card/lint/engine';
import { largeCard, manyComponentsCard } from './cards';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

async function profile(name: string, text: string, runs: number): Promise<void> {
  for (let i = 0; i < 3; i++) lintText(text);
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < runs; i++) lintText(text);
  const { profile } = await post<{ profile: { head: SamplingNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const bySite = new Map<string, number>();
  let total = 0;
  // A built-in (`slice`, `push`, a RegExp's `exec`...) is named with the function that called it.
  const visit = (node: SamplingNode, caller: string) => {
    const { functionName, url } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`;
    const key = url === '' ? `${name}← ${caller}` : name;
    bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) visit(child, url === '' ? caller : name);
  };
  visit(profile.head, '');
  const mb = (bytes: number) => `${(bytes / runs / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\n${name}: ${mb(total)} allocated per lintText (${runs} runs, sampled)`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${mb(bytes).padStart(10)}  ${site}`);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10);
  await profile('1 MB card', largeCard().text, runs);
  await profile('10,000-component card', manyComponentsCard(10_000), runs);
}

void main();
