// Wraps an `action` into the full `card.action.trigger` request body the platform POSTs, and turns an
// edited body into a new delivery for a replay.
import { cryptoRandom, randomHex, type Identity, type RandomBytes } from './identity';
import type { CallbackAction, CallbackRequest } from './types';
import { asRecord } from './record';

export interface Clock {
  /** Milliseconds since the epoch. */
  now: () => number;
  random: RandomBytes;
}

export const systemClock: Clock = { now: () => Date.now(), random: cryptoRandom };

/** Every request gets its own event id and update token; who, where and which app stay the session's. */
export function buildRequest(
  action: CallbackAction,
  identity: Identity,
  clock: Clock = systemClock,
): CallbackRequest {
  return {
    schema: '2.0',
    header: {
      event_id: newEventId(clock),
      token: identity.verificationToken,
      create_time: createTime(clock),
      event_type: 'card.action.trigger',
      tenant_key: identity.tenantKey,
      app_id: identity.appId,
    },
    event: {
      operator: {
        open_id: identity.openId,
        union_id: identity.unionId,
        user_id: identity.userId,
        tenant_key: identity.tenantKey,
      },
      token: newUpdateToken(clock),
      action,
      host: 'im_message',
      context: { open_message_id: identity.openMessageId, open_chat_id: identity.openChatId },
    },
  };
}

const newEventId = (clock: Clock) => randomHex(32, clock.random);
/** Microseconds since the epoch, as a string. */
const createTime = (clock: Clock) => String(Math.floor(clock.now()) * 1000);
/** The card update token ("c-" + 40 hex). */
const newUpdateToken = (clock: Clock) => 'c-' + randomHex(40, clock.random);

/**
 * A replay is a new delivery of the body the user edited: the platform never retries a callback, so a bot
 * that drops repeated event ids would ignore a replay that kept the original's. `header.event_id`,
 * `header.create_time` and the card update token `event.token` get fresh values wherever they still equal
 * the original's (a value the user changed on purpose stays, so a dedupe test remains possible); the
 * Verification Token `header.token` and everything else stay as written. Fields the user removed stay gone.
 */
export function redeliver(
  edited: Record<string, unknown>,
  original: unknown,
  clock: Clock = systemClock,
): Record<string, unknown> {
  const body = structuredClone(edited);
  const before = asRecord(original);
  const refresh = (
    into: Record<string, unknown> | undefined,
    was: Record<string, unknown> | undefined,
    key: string,
    fresh: () => string,
  ) => {
    if (into && typeof into[key] === 'string' && (was === undefined || into[key] === was[key]))
      into[key] = fresh();
  };
  const header = asRecord(body.header);
  const oldHeader = asRecord(before?.header);
  refresh(header, oldHeader, 'event_id', () => newEventId(clock));
  refresh(header, oldHeader, 'create_time', () => createTime(clock));
  refresh(asRecord(body.event), asRecord(before?.event), 'token', () => newUpdateToken(clock));
  return body;
}
