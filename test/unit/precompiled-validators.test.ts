// The shipped server and CLI validate with ajv's standalone code generated at build time
// (scripts/gen-validators.ts); tests from source compile the schemas at runtime. Both must judge every card
// alike, error for error, or the editor and CI would disagree with the unit tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { schemaValidator } from '../../server/src/card/lint/schemaValidator';
import { validatorsSource } from '../../scripts/gen-validators';

const cards: { name: string; value: unknown }[] = [];
for (const dir of ['examples', 'test/fixtures/valid', 'test/browser/fixtures']) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    try {
      cards.push({
        name: path.join(dir, file),
        value: JSON.parse(readFileSync(path.join(dir, file), 'utf8')),
      });
    } catch {
      // not JSON (e.g. a deliberately broken fixture): nothing to compare
    }
  }
}
// Broken on purpose: each kind of schema error at least once.
cards.push(
  { name: 'unknown tag', value: { schema: '2.0', body: { elements: [{ tag: 'buton' }] } } },
  { name: 'wrong type', value: { schema: '2.0', body: { elements: [{ tag: 'checker', checked: 'yes' }] } } },
  { name: 'bad enum', value: { schema: '2.0', body: { elements: [{ tag: 'button', type: 'pink' }] } } },
  {
    name: 'unknown property',
    value: { schema: '2.0', body: { elements: [{ tag: 'markdown', contnet: 'x' }] } },
  },
  { name: '1.0 card', value: { config: { wide_screen_mode: true }, elements: [{ tag: 'div', text: 1 }] } },
);

const comparable = (validate: ValidateFunction, value: unknown) => {
  const ok = validate(value);
  return {
    ok,
    errors: (validate.errors ?? []).map(({ keyword, instancePath, schemaPath, params }) => ({
      keyword,
      instancePath,
      schemaPath,
      params,
    })),
  };
};

test('the generated standalone validators agree with a runtime compile on every card', async () => {
  const source = validatorsSource();
  const generated = (await import('data:text/javascript,' + encodeURIComponent(source))) as {
    precompiledValidators: Record<'v1' | 'v2', ValidateFunction>;
  };
  let failing = 0;
  for (const { name, value } of cards) {
    for (const version of ['v2', 'v1'] as const) {
      const runtime = comparable(schemaValidator(version), value);
      const standalone = comparable(generated.precompiledValidators[version], value);
      assert.deepEqual(standalone, runtime, `${name} (${version})`);
      if (!runtime.ok) failing++;
    }
  }
  assert.ok(failing >= 5, 'the comparison must include cards that fail validation');
});
