// Shared set-up for the local-platform tests: a platform on a loopback port, bots written with the official
// Node SDK (unmodified) pointed at it, a click body as the preview builds it, and waiting on platform events
// (never on time).
import * as lark from '@larksuiteoapi/node-sdk';
import type { PlatformEvent } from '../../../server/src/card/interaction/platformTypes';
import { createIdentity } from '../../../server/src/card/interaction/identity';
import { buildRequest } from '../../../server/src/card/interaction/request';
import {
  startPlatform,
  type Platform,
  type PlatformOptions,
} from '../../../server/src/host/platform/platform';

export const APP_ID = 'cli_a1b2c3d4e5f60718';
export const APP_SECRET = 'not-a-real-secret-0123456789';
export const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

export const CARD_V2 = {
  schema: '2.0',
  config: { update_multi: true },
  body: {
    elements: [
      { tag: 'markdown', element_id: 'md', content: 'before' },
      {
        tag: 'button',
        element_id: 'go',
        text: { tag: 'plain_text', content: 'Go' },
        behaviors: [{ type: 'callback', value: { action: 'go' } }],
      },
    ],
  },
};

export interface Harness {
  platform: Platform;
  events: PlatformEvent[];
  /** Resolves with the first event (already seen or coming) that matches. */
  next<T extends PlatformEvent['type']>(
    type: T,
    match?: (event: Extract<PlatformEvent, { type: T }>) => boolean,
  ): Promise<Extract<PlatformEvent, { type: T }>>;
  close(): Promise<void>;
}

export async function startHarness(options: PlatformOptions = {}): Promise<Harness> {
  const platform = await startPlatform(options);
  const events: PlatformEvent[] = [];
  const waiters: { test: (e: PlatformEvent) => boolean; resolve: (e: PlatformEvent) => void }[] = [];
  platform.on((event) => {
    events.push(event);
    for (const w of [...waiters])
      if (w.test(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
  });
  const closers: (() => unknown)[] = [];
  return {
    platform,
    events,
    next: (type, match) => {
      const test = (e: PlatformEvent) => e.type === type && (!match || match(e as never));
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen as never);
      return new Promise((resolve) => waiters.push({ test, resolve: resolve as (e: PlatformEvent) => void }));
    },
    close: async () => {
      for (const c of closers) await c();
      await platform.close();
    },
  };
}

export function client(platform: Platform, appId = APP_ID): lark.Client {
  return new lark.Client({
    appId,
    appSecret: APP_SECRET,
    domain: platform.url,
    loggerLevel: lark.LoggerLevel.error,
    logger: silent,
  });
}

/** A long-connection bot; resolves once the SDK says it is ready (its frame handler is attached). */
export async function wsBot(
  platform: Platform,
  handler: (data: Record<string, unknown>) => unknown,
  appId = APP_ID,
): Promise<lark.WSClient> {
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const ws = new lark.WSClient({
    appId,
    appSecret: APP_SECRET,
    domain: platform.url,
    loggerLevel: lark.LoggerLevel.error,
    logger: silent,
    onReady: () => ready(),
  });
  const dispatcher = new lark.EventDispatcher({
    loggerLevel: lark.LoggerLevel.error,
    logger: silent,
  }).register({
    'card.action.trigger': async (data: Record<string, unknown>) => handler(data),
  } as never);
  await ws.start({ eventDispatcher: dispatcher });
  await isReady;
  return ws;
}

/** The click the preview builds for the card's "go" button, on message `messageId`. */
export function click(messageId = 'om_' + 'a'.repeat(32), value: Record<string, unknown> = { action: 'go' }) {
  const identity = createIdentity({ openMessageId: messageId, appId: 'cli_0000000000000000' });
  return buildRequest({ tag: 'button', value }, identity) as unknown as Record<string, unknown>;
}

export const cardText = (card: unknown = CARD_V2) => JSON.stringify(card, null, 2);
