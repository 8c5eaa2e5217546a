import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/card/edit/jsonEdits';
import { lintText } from '../../../server/src/card/lint/engine';
import { fixAll } from '../../../server/src/card/lint/fixes';
import { formattingVariants } from '../../support/formattings';
import { pretty, pt } from './fixCheck';

// A card with the mistakes real authors make, all at once.
const messy = pretty({
  body: {
    elements: [
      { tag: 'markdown', element_id: 'intro-text', content: 'Please review' },
      { tag: 'hr', element_id: 'intro-text' },
      {
        tag: 'form',
        name: 'review',
        elements: [
          { tag: 'input', placeholder: pt('Comment') },
          { tag: 'input', placeholder: pt('Another') },
          { tag: 'input', name: 'score' },
          { tag: 'select_static', name: 'score', options: [] },
        ],
      },
      // Has a behavior of its own, so removing the misplaced form role leaves a working button.
      {
        tag: 'button',
        text: pt('Details'),
        form_action_type: 'submit',
        behaviors: [{ type: 'callback', value: { details: true } }],
      },
      { tag: 'input', required: true },
      {
        tag: 'button',
        text: pt('Open'),
        behaviors: [{ type: 'open_url', pc_url: 'https://e.com/pc' }],
      },
    ],
  },
  config: { update_multi: false },
});

for (const [name, text] of formattingVariants(messy)) {
  test(`fix-all repairs every safe interaction/form problem of a messy card (${name})`, () => {
    const before = lintText(text, { forceCard: true }).findings;
    assert.ok(before.length >= 9, before.map((f) => f.ruleId).join(', '));
    const after = applyEdits(text, fixAll(text, { forceCard: true }));
    JSON.parse(after);
    const left = lintText(after, { forceCard: true }).findings;
    assert.deepEqual(
      left.map((f) => f.ruleId),
      [],
      `left: ${left.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}\n${after}`,
    );
    // Running it again changes nothing.
    assert.deepEqual(fixAll(after, { forceCard: true }), []);
    if (name === 'CRLF') assert.ok(!/(^|[^\r])\n/.test(after));
    if (name === 'tabs') assert.ok(!/\n +\S/.test(after));
  });
}
