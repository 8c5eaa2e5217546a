// Deterministic sessions for payload tests: fixed identity, fixed clock, seeded random ids.
import { parseCard } from '../../../server/src/card/parse/parse';
import { createIdentity, type RandomBytes } from '../../../server/src/card/interaction/identity';
import { CardSession } from '../../../server/src/card/interaction/session';
import { findTarget, targetOf, type Target } from '../../../server/src/card/interaction/target';

export const NOW = Date.UTC(2025, 5, 5, 7, 35, 21);

export function seededRandom(seed = 1): RandomBytes {
  let state = seed >>> 0;
  return (count) => {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out[i] = state >>> 24;
    }
    return out;
  };
}

export const IDENTITY = createIdentity(
  {
    openId: 'ou_f0584943e6128abcef0584943e6128ab',
    unionId: 'on_1ceb9cb3b978eabcef1ceb9cb3b978ea',
    userId: '5d9bdxxx',
    tenantKey: '1709bd6ae59e1abc',
    appId: 'cli_a8cbfb77cfe21abc',
    openMessageId: 'om_x100b4b20c5529abcefx100b4b20c552',
    openChatId: 'oc_6f2b48554b615abcef6f2b48554b615a',
    verificationToken: 'vtoken',
    timezone: 'Asia/Shanghai',
  },
  seededRandom(),
);

export function session(card: unknown): CardSession {
  const text = typeof card === 'string' ? card : JSON.stringify(card);
  return new CardSession(parseCard(text), IDENTITY, { now: () => NOW, random: seededRandom(7) });
}

/** A v2 card with these body elements. */
export function v2(...elements: unknown[]): unknown {
  return { schema: '2.0', body: { elements } };
}

export function target(s: CardSession, ref: string): Target {
  const component = findTarget(s.card, ref);
  if (!component) throw new Error(`no component ${ref}`);
  return targetOf(s.card, component);
}
