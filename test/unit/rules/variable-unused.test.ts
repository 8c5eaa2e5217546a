import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCard } from '../../../server/src/card/parse/parse';
import { lintDataFile } from '../../../server/src/card/lint/engine';
import { readTemplateData } from '../../../server/src/card/template/sampleData';
import { stripMarkers } from '../../support/markers';

const card = parseCard(
  JSON.stringify({
    schema: '2.0',
    body: {
      elements: [
        { tag: 'markdown', content: '${used}' },
        {
          tag: 'column',
          _varloop: '${rows}',
          elements: [{ tag: 'markdown', content: '${field} ${alsoTop}' }],
        },
      ],
    },
  }),
);

test('variable-unused reports unused top-level keys in the data file text, as hints', () => {
  const { text, ranges } = stripMarkers(
    `{\n  "used": 1,\n  «"spare"»: 2,\n  "rows": [{ "field": 1, "other": 2 }],\n  "alsoTop": 3\n}`,
  );
  const findings = lintDataFile([card], readTemplateData(text, 'c.data.json'));
  assert.deepEqual(
    findings.map((f) => ({ start: f.start, end: f.end })),
    ranges,
  );
  assert.equal(findings[0].severity, 'hint');
  assert.equal(findings[0].ruleId, 'variable-unused');
  assert.match(findings[0].message, /`\$\{spare\}`/);
});

test('variable-unused works on a send-request file, respects "off", and needs a card', () => {
  const { text, ranges } = stripMarkers(
    `{"type":"template","data":{"template_id":"t","template_variable":{"used":1,«"gone"»:2}}}`,
  );
  const data = readTemplateData(text, 'c.data.json');
  assert.deepEqual(
    lintDataFile([card], data).map((f) => ({ start: f.start, end: f.end })),
    ranges,
  );
  assert.deepEqual(lintDataFile([card], data, { severities: { 'variable-unused': 'off' } }), []);
  assert.deepEqual(lintDataFile([], data), []);
});

test('a data file is checked by the rules that check data files only: no other rule is called (and fails)', (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  const data = readTemplateData('{"spare":1}', 'c.data.json');
  assert.equal(lintDataFile([card], data).length, 1);
  assert.equal(errors.mock.callCount(), 0);
});
