// A second reporter for Node's test runner (beside `spec`): counts what passed and failed and ends the run
// with one line that says so, followed by the names of what failed, so a long run ends with its verdict.
export default async function* summary(source) {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    // Suites (describe) and whole files report too: count the tests themselves.
    if (data.details?.type === 'suite') continue;
    if (data.skip || data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else {
      failed++;
      failures.push(`  ✖ ${data.name}${data.file ? ` (${data.file})` : ''}`);
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const verdict = failed === 0 ? 'all passed' : 'FAILED';
  yield `\n${passed} passed, ${failed} failed, ${skipped} skipped in ${seconds} s: ${verdict}\n`;
  if (failures.length > 0) yield failures.join('\n') + '\n';
}
