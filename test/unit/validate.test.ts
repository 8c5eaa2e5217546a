// Schema validation: exact ranges, readable messages in both languages, one finding per problem, and the
// problems other rules own left to them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { lintText } from '../../server/src/card/lint/engine';
import { parseCard } from '../../server/src/card/parse/parse';
import { validateCard } from '../../server/src/card/lint/validate';
import { stripMarkers } from '../support/markers';

const SCHEMA_RULES = [
  'unknown-tag',
  'unknown-property',
  'property-type',
  'property-value',
  'property-required',
];

function schemaFindings(text: string, locale: 'en' | 'zh' = 'en') {
  return lintText(text, { locale }).findings.filter((f) => SCHEMA_RULES.includes(f.ruleId));
}

/** Asserts the schema findings of a «marked» card: rule ids in order, at exactly the marked ranges. */
function expectFindings(marked: string, ruleIds: string[], locale: 'en' | 'zh' = 'en') {
  const { text, ranges } = stripMarkers(marked);
  const findings = schemaFindings(text, locale);
  assert.deepEqual(
    findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end })),
    ruleIds.map((ruleId, i) => ({ ruleId, ...ranges[i] })),
    findings.map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`).join('\n'),
  );
  return findings;
}

test('each problem gives one finding on its key or value, with no cascade', () => {
  const findings = expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"button",«"txt"»:{},"type":«"primry"»,"disabled":«"yes"»}]}}`,
    ['unknown-property', 'property-value', 'property-type'],
  );
  assert.equal(findings[0].message, '`button` has no property `txt`. Did you mean `text`?');
  assert.match(
    findings[1].message,
    /"primry" is not an allowed value of `type`\. Did you mean "primary"\? Allowed: "default", "primary"/,
  );
  assert.equal(findings[2].message, '`disabled` must be of type boolean, but is string.');
});

test('messages are localized in Chinese', () => {
  const findings = expectFindings(
    `{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"t"},"template":«"bleu"»},"body":{"elements":[{"tag":«"buton"»}]}}`,
    ['property-value', 'unknown-tag'],
    'zh',
  );
  assert.match(findings[0].message, /^header\.template 的取值 "bleu" 无效。可选值："blue"/);
  assert.equal(findings[1].message, 'buton 不是 JSON 2.0 组件。是否应为 button？');
});

test('an unknown tag is one finding: its properties are not reported on top', () => {
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":«"textarea"»,"rows":3,"whatever":true}]}}`, [
    'unknown-tag',
  ]);
});

test('a wrong type is reported once, not again as a wrong enum value', () => {
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":"button","type":«3»}]}}`, ['property-type']);
  expectFindings(`{"schema":"2.0","body":{"elements":[{"tag":«7»}]}}`, ['property-type']);
});

test('missing required properties point at the object key, or the component tag', () => {
  const findings = expectFindings(
    `{"schema":"2.0",«"header"»:{},"body":{"elements":[{"tag":«"chart"»},{"tag":"collapsible_panel",«"header"»:{"title":{"tag":"plain_text","content":"x"}},"elements":[]}]}}`,
    ['property-required', 'property-required'],
  );
  assert.equal(findings[0].message, '`header` is missing the required property `title`.');
  assert.equal(findings[1].message, '`chart` is missing the required property `chart_spec`.');
});

test('nested objects are checked too, and named by their path', () => {
  const findings = expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"div","text":{"tag":«"plain"»,"content":"x",«"colour"»:"red"}},{"tag":"select_static","options":[{"text":{"tag":"plain_text","content":"a"},"value":«1»}]}]}}`,
    ['property-value', 'unknown-property', 'property-type'],
  );
  assert.match(findings[0].message, /of `text\.tag`/);
  assert.match(findings[1].message, /^`div\.text` has no property `colour`/);
  assert.match(findings[2].message, /^`options\[\]\.value` must be of type string/);
});

test('whole ${var} template variables never give type or value errors', () => {
  expectFindings(
    '{"schema":"2.0","body":{"elements":[{"tag":"button","disabled":"${off}","type":"${kind}","text":"${label}"},{"tag":"column_set","columns":[{"tag":"column","weight":"${w}"}]}]}}',
    [],
  );
  // A string with a variable inside is still a string: it is checked as usual.
  expectFindings('{"schema":"2.0","body":{"elements":[{"tag":"button","type":«"x${kind}"»}]}}', [
    'property-value',
  ]);
});

test('problems other rules own are left to them', () => {
  expectFindings(
    `{"schema":"2.0","elements":[{"tag":"div"}],"i18n_elements":{},"config":{"update_multi":false},"body":{"elements":[` +
      `{"tag":"markdown","content":"x","behaviors":[]},{"tag":"button","confirm":{}},` +
      `{"tag":"action","actions":[]},{"tag":"note","elements":[]},` +
      `{"tag":"button","value":{"a":1},"url":"https://x","multi_url":{"url":"https://x"},"behaviors":[{"type":"open_url"},{"type":"form_action","behavior":"submit"},{"type":"callback","value":"s"},{}]},` +
      `{"tag":"column_set","columns":[{"tag":"markdown","content":"x"}]},` +
      `{"tag":"input","element_id":"1bad","name":"n","_varloop":"\${items}"}` +
      `]}}`,
    [],
  );
});

test('unknown properties inside a behavior are still reported', () => {
  expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"button","behaviors":[{"type":"callback","value":{},«"default_url"»:"https://x"}]}]}}`,
    ['unknown-property'],
  );
});

test('JSON 1.0 cards are held to the 1.0 schema, not the 2.0 one', () => {
  const findings = schemaFindings(
    `{"elements":[{"tag":"buton","whatever":1},{"tag":"note","elements":[]}],"header":{"title":{"tag":"plain_text","content":"t"},"template":"bleu"}}`,
  );
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [
      ['unknown-tag', 'error'],
      ['property-value', 'error'],
    ],
  );
  // Root `elements`, `note` and `action` are 1.0's own: no 2.0 findings on them.
  assert.deepEqual(
    schemaFindings(`{"elements":[{"tag":"action","actions":[]},{"tag":"note","elements":[]}]}`),
    [],
  );
});

test('a card inside a message wrapper is validated at its own offsets', () => {
  const marked = `{"msg_type":"interactive","card":{"schema":"2.0","body":{"elements":[{"tag":"hr",«"colour"»:"red"}]}}}`;
  expectFindings(marked, ['unknown-property']);
  const content = JSON.stringify({
    msg_type: 'interactive',
    content: JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hr', colour: 'red' }] } }),
  });
  const [finding] = schemaFindings(content);
  assert.equal(content.slice(finding.start, finding.end), '\\"colour\\"');
});

test('validation runs once per parsed card and is shared by the rules', () => {
  const card = parseCard('{"schema":"2.0","body":{"elements":[{"tag":"hr","x":1}]}}');
  const first = validateCard(card);
  assert.equal(validateCard(card), first);
  assert.equal(first.length, 1);
});

test('realistic valid cards produce no schema findings', () => {
  const dir = new URL('../fixtures/valid/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 3);
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const result = lintText(text);
    assert.equal(result.card.kind, 'v2', file);
    assert.ok(result.card.components.length >= 3, file);
    assert.deepEqual(
      result.findings.filter((f) => SCHEMA_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`),
      [],
      file,
    );
  }
});

test('a wrong type names the actual JSON type, integers and other numbers apart', () => {
  const actual = (value: string) =>
    validateCard(
      parseCard(`{"schema":"2.0","body":{"elements":[{"tag":"button","disabled":${value}}]}}`),
    ).map((issue) => [issue.kind, issue.args.actual]);
  assert.deepEqual(actual('null'), [['type', 'null']]);
  assert.deepEqual(actual('[]'), [['type', 'array']]);
  assert.deepEqual(actual('1'), [['type', 'integer']]);
  assert.deepEqual(actual('1.5'), [['type', 'number']]);
  assert.deepEqual(actual('{}'), [['type', 'object']]);
  assert.deepEqual(actual('"yes"'), [['type', 'string']]);
});

test('keys with / and ~ in an error path are decoded, so the issue finds its value', () => {
  const text = '{"elements":[{"tag":"markdown","content":"[a]($x)","href":{"a/b~c":{"url":7}}}]}';
  const issues = validateCard(parseCard(text));
  assert.deepEqual(
    issues.map((issue) => [issue.kind, text.slice(issue.start, issue.end), issue.data.path]),
    [['type', '7', ['elements', 0, 'href', 'a/b~c', 'url']]],
  );
});

/** [kind, covered text, message id, args, data] of each issue, for cards whose every detail matters. */
function issuesOf(text: string, forceCard = false) {
  return validateCard(parseCard(text, { forceCard })).map((issue) => [
    issue.kind,
    text.slice(issue.start, issue.end),
    issue.messageId,
    issue.args,
    issue.data,
  ]);
}

test('a missing property is offered a starting value that fits it', () => {
  const text =
    '{"schema":"2.0","header":{},"body":{"elements":[{"tag":"img_combination"},{"tag":"person"},' +
    '{"tag":"collapsible_panel","elements":[]},{"tag":"select_static","options":[{"value":"a"}]}]}}';
  const offered = validateCard(parseCard(text)).map((issue) => [
    issue.args.owner,
    issue.data.property,
    issue.data.value,
  ]);
  assert.deepEqual(offered, [
    ['header', 'title', { tag: 'plain_text', content: '' }],
    ['img_combination', 'combination_mode', 'double'],
    ['img_combination', 'img_list', []],
    ['person', 'user_id', ''],
    ['collapsible_panel', 'header', {}],
    ['select_static.options[]', 'text', { tag: 'plain_text', content: '' }],
  ]);
  // A property with a default is offered its default (1.0 div fields: is_short).
  assert.deepEqual(
    issuesOf('{"elements":[{"tag":"div","fields":[{"text":{"tag":"plain_text","content":"x"}}]}]}'),
    [
      [
        'required',
        '{"text":{"tag":"plain_text","content":"x"}}',
        'missing',
        { property: 'is_short', owner: 'div.fields[]' },
        { path: ['elements', 0, 'fields', 0], property: 'is_short', value: false },
      ],
    ],
  );
});

test('the root `schema` and `config.update_multi` are left to their own rules, their neighbours are not', () => {
  // No schema at all (a file the user calls a card), or a wrong one: schema-missing / schema-invalid.
  assert.deepEqual(issuesOf('{"body":{"elements":[{"tag":"hr"}]}}', true), []);
  assert.deepEqual(issuesOf('{"schema":2,"body":{"elements":[{"tag":"hr"}]}}'), []);
  assert.deepEqual(
    issuesOf('{"schema":"2.0","config":{"update_multi":"no","width_mode":"wide","style":{"text_size":3}}}'),
    [
      [
        'value',
        '"wide"',
        'notAllowed',
        { property: 'config.width_mode', value: '"wide"', allowed: '"default", "compact", "fill"' },
        { path: ['config', 'width_mode'] },
      ],
      [
        'type',
        '3',
        'wrongType',
        { property: 'config.style.text_size', expected: 'object', actual: 'integer' },
        { path: ['config', 'style', 'text_size'], expected: ['object'] },
      ],
    ],
  );
});

test('inside a behavior only its type and value are left to other rules; an incomplete confirm too', () => {
  const findings = expectFindings(
    '{"schema":"2.0","body":{"elements":[{"tag":"button","text":{"tag":"plain_text","content":"x"},' +
      '"behaviors":[{"type":"open_url","default_url":«3»},{"type":"callback","value":3},{"type":7}]},' +
      '{"tag":"button","confirm":{"title":{"tag":"plain_text","content":"x"}}},' +
      '{"tag":"button","confirm":{"title":{"tag":"plain_text","content":"x"},"text":{"tag":"plain_text","content":"y"},«"x"»:1}},' +
      '{"tag":"button","confirm":«3»}]}}',
    ['property-type', 'unknown-property', 'property-type'],
  );
  assert.equal(findings[0].message, '`behaviors[].default_url` must be of type string, but is integer.');
  assert.equal(
    findings[1].message,
    '`button.confirm` has no property `x`; JSON 2.0 rejects cards with unknown properties.',
  );
  assert.match(findings[2].message, /^`confirm` must be of type object, but is integer\./);
});

test('`elements` and `behaviors` are left to other rules only where those rules explain them', () => {
  assert.deepEqual(
    issuesOf(
      '{"schema":"2.0","body":{"elements":[{"tag":"column_set","columns":[],"elements":[]},' +
        '{"tag":"div","text":{"tag":"plain_text","content":"x","behaviors":[]}}]}}',
    ),
    [
      [
        'unknown-property',
        '"elements"',
        'unknownProperty',
        { property: 'elements', owner: 'column_set' },
        { path: ['body', 'elements', 0], property: 'elements' },
      ],
      [
        'unknown-property',
        '"behaviors"',
        'unknownProperty',
        { property: 'behaviors', owner: 'div.text' },
        { path: ['body', 'elements', 1, 'text'], property: 'behaviors' },
      ],
    ],
  );
});

test('owners and properties are named from the nearest component, or from the card', () => {
  const items = (item: string, last: string) => `[${Array(10).fill(item).join(',')},${last}]`;
  const option = '{"text":{"tag":"plain_text","content":"a"},"value":"v"}';
  const text =
    '{"schema":"2.0","bdy":{},"body":{"elements":[' +
    '{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"button","text":{"tag":"plain_text","content":"x","x":1},"confirm":{"title":{"tag":"plain_text","content":1}}}]}]},' +
    `{"tag":"img_combination","combination_mode":"double","img_list":${items('{"img_key":"k"}', '3')}},` +
    `{"tag":"overflow","options":${items(option, '{"text":{"tag":"plain_text","content":"a"},"value":"v","x":1}')}},` +
    '{"tag":"table","columns":[{"name":"a","data_type":"txt"}],"rows":[]}' +
    ']}}';
  const named = validateCard(parseCard(text)).map((issue) => [
    issue.messageId,
    issue.args.owner ?? issue.args.property,
  ]);
  assert.deepEqual(named, [
    ['unknownProperty', 'card'],
    ['unknownProperty', 'button.text'],
    ['wrongType', 'confirm.title.content'],
    ['wrongType', 'img_list'],
    ['unknownProperty', 'overflow.options[]'],
    ['notAllowedSuggest', 'columns[].data_type'],
  ]);
  // `bdy` is taken for `body` only while the card has none; a root property's name has no `card.` prefix.
  assert.deepEqual(
    issuesOf('{"schema":"2.0","bdy":{},"card_link":3}').map((issue) => issue.slice(2, 4)),
    [
      ['unknownPropertySuggest', { property: 'bdy', owner: 'card', suggestion: 'body' }],
      ['wrongType', { property: 'card_link', expected: 'object', actual: 'integer' }],
    ],
  );
  // Map keys that end or start with a digit are names, not array indexes (1.0 markdown href).
  assert.deepEqual(
    issuesOf('{"elements":[{"tag":"markdown","content":"x","href":{"u1":7,"1a":{"url":7}}}]}').map(
      (issue) => (issue[3] as { property: string }).property,
    ),
    ['href.u1', 'href.1a.url'],
  );
});

test('a tag is an unknown component only in a component slot; elsewhere it is a value, and known names are values too', () => {
  const text =
    '{"schema":"2.0","body":{"elements":[{"tag":"div","text":{"tag":"markdown","content":"x"}},' +
    '{"tag":"button","type":"button"},{"tag":"column_set","columns":[{"tag":"colum"},{"tag":"column","weight":0},{"tag":"column","weight":99}]}]},' +
    '"header":{"text_tag_list":[{"tag":"zzz","text":{"tag":"plain_text","content":"a"}}]}}';
  // In text order, whatever order the schema checks them in.
  assert.deepEqual(
    issuesOf(text).map((issue) => [issue[1], issue[2], issue[3]]),
    [
      [
        '"markdown"',
        'notAllowed',
        { property: 'tag', value: '"markdown"', allowed: '"plain_text", "lark_md"' },
      ],
      [
        '"button"',
        'notAllowed',
        {
          property: 'type',
          value: '"button"',
          allowed:
            '"default", "primary", "danger", "text", "primary_text", "danger_text", "primary_filled", "danger_filled", "laser"',
        },
      ],
      ['"colum"', 'unknownTagSuggest', { tag: 'colum', suggestion: 'column' }],
      ['0', 'tooSmall', { property: 'weight', value: '0', limit: 1 }],
      ['99', 'tooLarge', { property: 'weight', value: '99', limit: 5 }],
      ['"header"', 'missing', { property: 'title', owner: 'header' }],
      // The only allowed value is the suggestion, however far from it the value is.
      [
        '"zzz"',
        'notAllowedSuggest',
        {
          property: 'header.text_tag_list[].tag',
          value: '"zzz"',
          allowed: '"text_tag"',
          suggestion: '"text_tag"',
        },
      ],
    ],
  );
  // 1.0 holds components in action.actions and div.extra as well.
  assert.deepEqual(
    issuesOf(
      '{"elements":[{"tag":"action","actions":[{"tag":"buton"}]},{"tag":"div","extra":{"tag":"buton"}}]}',
    ).map((issue) => [issue[2], issue[4]]),
    [
      [
        'unknownTagSuggestV1',
        { path: ['elements', 0, 'actions', 0, 'tag'], tag: 'buton', suggestion: 'button' },
      ],
      ['unknownTagSuggestV1', { path: ['elements', 1, 'extra', 'tag'], tag: 'buton', suggestion: 'button' }],
    ],
  );
});

test('anything but a JSON object card has no schema issues', () => {
  assert.deepEqual(validateCard(parseCard('{"a":1}')), []);
  assert.deepEqual(validateCard(parseCard('[{"schema":"2.0"}]')), []);
});

test('issues read the value ajv validated: a repeated key is its last one, comments change nothing', () => {
  // JSON.parse and the tree both keep the last `type` and `txt`: the issues stand on those.
  expectFindings(
    `{"schema":"2.0","body":{"elements":[{"tag":"button","type":"primry","type":«"primry"»,"txt":1,«"txt"»:{}}]}}`,
    ['property-value', 'unknown-property'],
  );
  expectFindings(
    `{"schema":"2.0", /* a note */ "body":{"elements":[{"tag":"button", // why
      «"txt"»:{},"disabled":«"yes"»}]}}`,
    ['unknown-property', 'property-type'],
  );
  // A `__proto__` key is a key like any other (JSON.parse keeps it as one).
  const text = '{"schema":"2.0","body":{"elements":[{"tag":"hr","__proto__":{"tag":"button"}}]}}';
  assert.deepEqual(
    issuesOf(text).map((issue) => [issue[1], issue[4]]),
    [['"__proto__"', { path: ['body', 'elements', 0], property: '__proto__' }]],
  );
});
