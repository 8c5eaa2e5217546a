// `node:test` as the bundled tests see it (bundles.mjs aliases it here): the same module, except that with
// MUTATE_BAIL set the first failing test ends the process, since one failure already kills the mutant and
// Node 20's test runner has no bail option. Writes the test's name and error in the TAP shape that
// node-test-runner.mjs reads.
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

// Through require, so that the bundler's alias of `node:test` does not point this module at itself.
const nodeTest = createRequire(import.meta.url)('node:test');

function stopWith(name, error, file) {
  const message = String(error?.message ?? error).split('\n')[0];
  writeSync(1, `not ok 1 - ${name}\n  error: ${message}\n  file: ${file}\n`);
  process.exit(1);
}

/** `fn` with a failure ending the process; the same arity, which tells node:test a callback-style test. */
function bailing(name, fn) {
  if (typeof fn !== 'function') return fn;
  // The test file that registers the test, so that the runner can tell which file killed the mutant.
  const file = /([^\s(]*\.test\.mjs)/.exec(new Error().stack ?? '')?.[1] ?? '';
  const stop = (_, error) => stopWith(name, error, file);
  const settle = (result) =>
    result && typeof result.then === 'function' ? result.then(undefined, (e) => stop(name, e)) : result;
  if (fn.length >= 2)
    return function (t, done) {
      try {
        return settle(fn.call(this, t, (error) => (error ? stop(name, error) : done())));
      } catch (error) {
        stop(name, error);
      }
    };
  return function (...args) {
    try {
      return settle(fn.apply(this, args));
    } catch (error) {
      stop(name, error);
    }
  };
}

function wrap(register) {
  if (!process.env.MUTATE_BAIL) return register;
  const wrapped = (name, options, fn) => {
    const label = typeof name === 'string' ? name : (name?.name ?? 'test');
    if (typeof name === 'function') return register(bailing(label, name));
    if (typeof options === 'function') return register(name, bailing(label, options));
    return register(name, options, bailing(label, fn));
  };
  return Object.assign(wrapped, register);
}

export const test = wrap(nodeTest.test);
export const it = wrap(nodeTest.it);
export const { describe, suite, before, after, beforeEach, afterEach, mock, run, skip, todo, only } =
  nodeTest;
export default test;
