// The preview's typewriter for CardKit streaming, step by step on a manual clock: print_step characters per
// print_frequency_ms, the two print_strategy behaviours of the streaming overview page (ABC of ABCDE shown,
// then ABCDEFGH arrives: "fast" shows ABCDE at once and types FGH, "delay" types DE then FGH), per-client
// settings, and what is not typed (streaming off, text that does not extend the old, the first version).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Typewriter } from '../../../client/src/webview/typewriter';

interface Timer {
  run: () => void;
  ms: number;
}

function setUp(mobile = false) {
  const timers: Timer[] = [];
  const seen: string[] = [];
  const typewriter = new Typewriter({
    mobile: () => mobile,
    changed: (_key, text) => seen.push(content(text)),
    schedule: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return timer;
    },
    cancel: (handle) => timers.splice(timers.indexOf(handle as Timer), 1),
  });
  /** Fires the pending timer (there is at most one per card); false when nothing is pending. */
  const step = () => {
    const timer = timers.shift();
    timer?.run();
    return timer !== undefined;
  };
  return { typewriter, timers, seen, step };
}

const card = (text: string, streaming: Record<string, unknown> | false = {}) =>
  JSON.stringify({
    schema: '2.0',
    config: streaming === false ? {} : { streaming_mode: true, streaming_config: streaming },
    body: { elements: [{ tag: 'markdown', element_id: 'md', content: text }] },
  });

const content = (text: string) =>
  (JSON.parse(text) as { body: { elements: { content: string }[] } }).body.elements[0].content;

test('new text is printed print_step characters every print_frequency_ms', () => {
  const { typewriter, timers, seen, step } = setUp();
  const config = { print_frequency_ms: { default: 40, pc: 30 }, print_step: { default: 2 } };
  assert.equal(content(typewriter.update('m', card('', config))), '');
  assert.equal(content(typewriter.update('m', card('Hello', config))), '');
  assert.equal(timers[0].ms, 30, 'the desktop view uses the pc value');
  while (step());
  assert.deepEqual(seen, ['He', 'Hell', 'Hello']);
});

test('defaults: 70 ms and one character; a bare number and bad values are handled', () => {
  const { typewriter, timers, seen, step } = setUp();
  typewriter.update('m', card(''));
  typewriter.update('m', card('abc'));
  assert.equal(timers[0].ms, 70);
  while (step());
  assert.deepEqual(seen, ['a', 'ab', 'abc']);
  const other = setUp(true);
  other.typewriter.update('m', card('', { print_frequency_ms: 0, print_step: 'x' }));
  other.typewriter.update('m', card('ab', { print_frequency_ms: 0, print_step: 'x' }));
  assert.equal(other.timers[0].ms, 70, 'a zero interval would be a busy loop');
  const mobile = setUp(true);
  mobile.typewriter.update('m', card('', { print_frequency_ms: { default: 50, pc: 10 } }));
  mobile.typewriter.update('m', card('ab', { print_frequency_ms: { default: 50, pc: 10 } }));
  assert.equal(mobile.timers[0].ms, 50, 'the mobile view uses the default value');
});

test('"fast" (the default): text not yet printed appears at once, then the new part is typed', () => {
  const { typewriter, seen, step } = setUp();
  typewriter.update('m', card(''));
  typewriter.update('m', card('ABCDE'));
  step();
  step();
  step();
  assert.equal(seen.at(-1), 'ABC');
  assert.equal(content(typewriter.update('m', card('ABCDEFGH'))), 'ABCDE');
  while (step());
  assert.deepEqual(seen.slice(3), ['ABCDEF', 'ABCDEFG', 'ABCDEFGH']);
});

test('"delay": text not yet printed keeps being typed, then the new part', () => {
  const { typewriter, seen, step } = setUp();
  const delay = { print_strategy: 'delay' };
  typewriter.update('m', card('', delay));
  typewriter.update('m', card('ABCDE', delay));
  step();
  step();
  step();
  assert.equal(content(typewriter.update('m', card('ABCDEFGH', delay))), 'ABC');
  while (step());
  assert.deepEqual(seen.slice(3), ['ABCD', 'ABCDE', 'ABCDEF', 'ABCDEFG', 'ABCDEFGH']);
});

test('not typed: the first version, streaming off, text that does not extend the old one', () => {
  const { typewriter, timers } = setUp();
  assert.equal(content(typewriter.update('m', card('already there'))), 'already there');
  assert.equal(content(typewriter.update('m', card('replaced'))), 'replaced');
  assert.equal(timers.length, 0);
  typewriter.update('m', card('replaced and more'));
  assert.equal(timers.length, 1);
  // Streaming switched off: the whole text at once, and typing stops.
  assert.equal(content(typewriter.update('m', card('replaced and more', false))), 'replaced and more');
  assert.equal(timers.length, 0);
  assert.deepEqual(typewriter.keys(), []);
});

test('the same text again changes nothing; characters are never split', () => {
  const { typewriter, seen, step } = setUp();
  typewriter.update('m', card(''));
  typewriter.update('m', card('😀é'));
  step();
  // The transcript sends every card again when another changes: that must not flush this one.
  assert.equal(content(typewriter.update('m', card('😀é'))), '😀');
  while (step());
  assert.deepEqual(seen, ['😀', '😀é']);
});
