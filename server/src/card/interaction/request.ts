// Wraps an `action` into the full `card.action.trigger` request body the platform POSTs.
import { cryptoRandom, randomHex, type Identity, type RandomBytes } from './identity';
import type { CallbackAction, CallbackRequest } from './types';

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
      event_id: randomHex(32, clock.random),
      token: identity.verificationToken,
      create_time: String(Math.floor(clock.now()) * 1000),
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
      token: 'c-' + randomHex(40, clock.random),
      action,
      host: 'im_message',
      context: { open_message_id: identity.openMessageId, open_chat_id: identity.openChatId },
    },
  };
}
