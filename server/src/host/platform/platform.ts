// The local Feishu platform: one loopback HTTP port serving the imitated OpenAPI and the long connection,
// composed from the modules of this folder. The host (CLI preview, VS Code panel) hands it the preview's
// clicks with `click` and listens to its events (status, API calls, transcript, card updates, notes).
import { type Locale, type LocalizedText, type PlatformEvent, type PlatformStatus } from '../../card';
import type { CallbackSettings } from '../relay';
import { isRecord, text, type ApiHandler, type ApiReply, type ApiRequest } from './api';
import { Auth } from './auth';
import { CardKit } from './cardkit';
import { Chat } from './chat';
import { DelayedUpdates } from './delayedUpdate';
import { deliver, type Delivered } from './delivery';
import { startHttpFront, type HttpFront } from './httpServer';
import { LongConnections } from './longConnection';
import { Router } from './router';

/** What the Node SDK's WSClient.start() accepts; anything else logs `invalid appId` and never connects. */
const SDK_APP_ID = /^cli_[0-9a-fA-F]{16}$/;

export interface PlatformOptions {
  /** 0 or absent: any free port. */
  port?: number;
  locale?: Locale;
  /** Clock for the platform's time rules (14 days, 30 minutes, 10 minutes…); tests move it. */
  now?: () => number;
  /** Where HTTP bots listen (feishuCard.callback.url), read at each click. */
  callbackSettings?: () => CallbackSettings;
  /** Split every event into long-connection fragments of this many bytes (tests of `sum` > 1). */
  fragmentBytes?: number;
  /**
   * How long a click waits for the bot's answer before the user sees 200341: the platform's 3 s. Only tests
   * give more, where a loaded machine makes a bot slow and the test is not about the deadline.
   */
  answerDeadlineMs?: number;
  log?: (line: string) => void;
}

export interface Platform {
  /** http://127.0.0.1:PORT — the bot's `domain`. */
  url: string;
  status(): PlatformStatus;
  /** A click from the preview: delivered to the bot, answered, follow-ups applied. Undefined: nobody to send to. */
  click(
    request: Record<string, unknown>,
    cardKind: 'v1' | 'v2',
    cardText: string,
  ): Promise<Delivered | undefined>;
  on(listener: (event: PlatformEvent) => void): () => void;
  close(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const now = options.now ?? (() => Date.now());
  const locale = options.locale ?? 'en';
  const log = options.log ?? (() => undefined);
  const listeners = new Set<(event: PlatformEvent) => void>();
  const emit = (event: PlatformEvent) => listeners.forEach((l) => l(event));
  const note = (t: LocalizedText) => emit({ type: 'note', time: now(), text: t });
  let origin = '';
  let warning: LocalizedText | undefined;
  /** open_message_id → callbacks waiting for their answer. */
  const open = new Map<string, number>();

  const auth = new Auth();
  const connections = new LongConnections(
    () => origin,
    {
      changed: () => emit({ type: 'status', status: status() }),
      log: (line) => (log(line), note(text(line, line))),
    },
    now,
  );
  const chat: Chat = new Chat(
    { now, locale, cardOf: (id) => cardkit.cardOf(id), appId: () => auth.lastAppId ?? '' },
    {
      transcriptChanged: () => emit({ type: 'transcript', messages: chat.transcript() }),
      cardUpdated: (messageId, cardText, via) => emit({ type: 'cardUpdate', messageId, text: cardText, via }),
    },
  );
  const cardkit: CardKit = new CardKit({
    now,
    locale,
    interactionOpen: (cardId) => [...open.keys()].some((id) => chat.get(id)?.cardId === cardId),
    changed: (cardId) => chat.cardkitChanged(cardId),
  });
  const delayed = new DelayedUpdates(chat, now, locale);

  const router = new Router<ApiHandler>()
    .add('POST', '/open-apis/auth/v3/tenant_access_token/internal', (r) =>
      tokenIssued(auth.tenantToken(r), r),
    )
    .add('POST', '/open-apis/auth/v3/app_access_token/internal', (r) => tokenIssued(auth.appToken(r), r))
    .add('POST', '/callback/ws/endpoint', (r) => connections.endpoint(r.body))
    .add('GET', '/open-apis/bot/v3/info', (r) => authed(r, (appId) => auth.botInfo(appId)))
    .add('POST', '/open-apis/im/v1/messages', (r) => authed(r, () => chat.send(r)))
    .add('POST', '/open-apis/im/v1/messages/:message_id/reply', (r) => authed(r, () => chat.reply(r)))
    .add('PATCH', '/open-apis/im/v1/messages/:message_id', (r) => authed(r, () => chat.patch(r)))
    .add('POST', '/open-apis/interactive/v1/card/update', (r) => authed(r, () => delayed.handle(r)))
    .add('POST', '/open-apis/cardkit/v1/cards', (r) => authed(r, () => cardkit.create(r)))
    .add('PUT', '/open-apis/cardkit/v1/cards/:card_id', (r) => authed(r, () => cardkit.update(r)))
    .add('PATCH', '/open-apis/cardkit/v1/cards/:card_id/settings', (r) =>
      authed(r, () => cardkit.settings(r)),
    )
    .add('POST', '/open-apis/cardkit/v1/cards/:card_id/batch_update', (r) =>
      authed(r, () => cardkit.batch(r)),
    )
    .add('POST', '/open-apis/cardkit/v1/cards/:card_id/elements', (r) =>
      authed(r, () => cardkit.elementCreate(r)),
    )
    .add('PUT', '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id/content', (r) =>
      authed(r, () => cardkit.content(r)),
    )
    .add('PUT', '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id', (r) =>
      authed(r, () => cardkit.elementUpdate(r)),
    )
    .add('PATCH', '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id', (r) =>
      authed(r, () => cardkit.elementPatch(r)),
    )
    .add('DELETE', '/open-apis/cardkit/v1/cards/:card_id/elements/:element_id', (r) =>
      authed(r, () => cardkit.elementDelete(r)),
    );

  function authed(request: ApiRequest, handler: (appId: string | undefined) => ApiReply): ApiReply {
    const checked = auth.check(request);
    if (checked.refusal) return checked.refusal;
    const reply = handler(checked.appId);
    if (checked.note) reply.notes.push(checked.note);
    return reply;
  }

  function tokenIssued(reply: ApiReply, request: ApiRequest): ApiReply {
    const appId = isRecord(request.body) ? request.body.app_id : undefined;
    if (reply.status === 200 && typeof appId === 'string') {
      const next = SDK_APP_ID.test(appId)
        ? undefined
        : text(
            `App id "${appId}" is not cli_ followed by 16 hex characters: the Node SDK's WSClient.start() logs "invalid appId" and never connects. Use the id from the developer console.`,
            `应用 ID "${appId}" 不是 cli_ 加 16 位十六进制字符：Node SDK 的 WSClient.start() 会报 "invalid appId" 且不会连接。请使用开发者后台中的应用 ID。`,
          );
      if (JSON.stringify(next) !== JSON.stringify(warning)) {
        warning = next;
        emit({ type: 'status', status: status() });
      }
    }
    return reply;
  }

  function handle(request: ApiRequest): ApiReply {
    const found = router.match(request.method, request.path);
    if (!found)
      return {
        status: 404,
        body: { code: 99991201, msg: 'not imitated by the local platform' },
        notes: [
          text(
            `${request.method} ${request.path} is not imitated by the local platform (only the token, bot info, message, delayed-update and CardKit APIs are).`,
            `本地平台未模拟 ${request.method} ${request.path}（只模拟 token、机器人信息、消息、延时更新与 CardKit 接口）。`,
          ),
        ],
      };
    return found.handler({ ...request, params: found.params });
  }

  function status(): PlatformStatus {
    const bots: PlatformStatus['bots'] = connections.bots().map((b) => ({ ...b, mode: 'long-connection' }));
    const settings = options.callbackSettings?.();
    if (settings?.url && auth.lastAppId && !bots.some((b) => b.appId === auth.lastAppId))
      bots.push({ appId: auth.lastAppId, mode: 'http', connections: 0 });
    return { url: origin, bots, warning };
  }

  const front: HttpFront = await startHttpFront({
    port: options.port ?? 0,
    handle,
    upgrade: (req, socket, head) => connections.upgrade(req, socket, head),
    onCall: (call) => emit({ type: 'call', call }),
    log,
  });
  origin = `http://127.0.0.1:${front.port}`;

  return {
    url: origin,
    status,
    on: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    click: async (request, cardKind, cardText) => {
      const event = isRecord(request.event) ? request.event : {};
      const context = isRecord(event.context) ? event.context : {};
      const messageId = typeof context.open_message_id === 'string' ? context.open_message_id : '';
      const chatId = typeof context.open_chat_id === 'string' ? context.open_chat_id : '';
      let card: unknown;
      try {
        card = JSON.parse(cardText);
      } catch {
        card = undefined;
      }
      if (messageId) chat.registerPreview(messageId, chatId, card);
      const token = typeof event.token === 'string' ? event.token : '';
      if (token && messageId) delayed.issue(token, messageId);
      open.set(messageId, (open.get(messageId) ?? 0) + 1);
      let delivered: Delivered | undefined;
      try {
        delivered = await deliver(request, cardKind, {
          connections,
          settings: () => options.callbackSettings?.() ?? {},
          httpAppId: () => auth.lastAppId,
          locale,
          fragmentBytes: options.fragmentBytes,
          answerDeadlineMs: options.answerDeadlineMs,
          late: (ms, appId) =>
            note(
              text(
                `${appId} answered after ${ms} ms: too late, the user already saw error 200341 and the answer was dropped.`,
                `${appId} 在 ${ms} 毫秒后才响应：为时已晚，用户已看到错误 200341，该响应被丢弃。`,
              ),
            ),
        });
      } finally {
        const left = (open.get(messageId) ?? 1) - 1;
        if (left > 0) open.set(messageId, left);
        else open.delete(messageId);
      }
      const revert = token ? delayed.answered(token) : {};
      const message = chat.get(messageId);
      const answer = delivered?.answer;
      if (message && answer?.card && !answer.error) chat.answerCard(message, JSON.parse(answer.card.text));
      else if (message && revert.revertTo !== undefined) {
        chat.replaceCard(message, revert.revertTo, 'revert');
        note(
          text(
            'The delayed update came before the callback was answered: the card went back to what it was.',
            '延时更新早于回调响应：卡片已恢复原样。',
          ),
        );
      }
      return delivered;
    },
    close: async () => {
      connections.close();
      await front.close();
      listeners.clear();
    },
  };
}
