import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../../server/src/card';

const syntax = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'json-syntax');

test('json-syntax reports one finding per place, the first error there', () => {
  // A value missing at the end: the parser adds an error for every bracket left open, at the same offset.
  const truncated = '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":\n';
  const findings = syntax(truncated);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /ValueExpected/);
  // Errors at different places are all kept.
  const two = syntax('{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":]}}');
  assert.equal(new Set(two.map((f) => f.start)).size, two.length);
  assert.ok(two.length >= 2);
});

test('json-syntax tells errors of the file from errors inside a card held in a JSON string', () => {
  const [file] = syntax('{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":}]}}');
  assert.deepEqual(file.data, { scope: 'file' });
  const inner = JSON.stringify({
    msg_type: 'interactive',
    content: '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":}]}}',
  });
  const [embedded] = syntax(inner);
  assert.deepEqual(embedded.data, { scope: 'embedded' });
  // A trailing comma after the string: an error of the file, beside the one inside the string.
  const both = syntax(inner.slice(0, -1) + ',}');
  assert.deepEqual(
    both.map((f) => f.data?.scope),
    ['embedded', 'file'],
  );
});

test('json-syntax is an error on cards of both versions and on callback bodies', () => {
  const broken = [
    '{"elements":[}',
    '{"schema":"2.0","body":{"elements":[]},}',
    '{"open_message_id":"om","action":{"value":{}},}',
    '{"toast":{"type":"info","content":"x"},}',
  ];
  for (const text of broken) {
    const findings = syntax(text);
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['error'],
      text,
    );
  }
});

test('json-syntax marks the whole bad token, in the file and inside a card held in a JSON string', () => {
  const ranges = (text: string) => syntax(text).map((f) => text.slice(f.start, f.end) + '@' + f.start);
  const inner = '{"schema":"2.0","body":{"elements":[tru]}}';
  assert.deepEqual(ranges(inner), ['tru@36']);
  const wrapped = JSON.stringify({ msg_type: 'interactive', content: inner });
  assert.deepEqual(ranges(wrapped), [`tru@${wrapped.indexOf('tru')}`]);
  const fine = JSON.stringify({
    msg_type: 'interactive',
    content: '{"schema":"2.0","body":{"elements":[]}}',
  });
  const outer = fine.slice(0, -1) + ' nul}';
  assert.deepEqual(ranges(outer), [`nul@${outer.indexOf('nul')}`]);
  // A file that ends too early: the last character, so the mark is visible.
  assert.deepEqual(ranges('{"schema":"2.0","body":{"elements":['), ['[@35']);
});
