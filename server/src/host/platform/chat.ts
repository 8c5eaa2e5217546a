// The chat the bot talks into: every message it sends or replies (the transcript under the previewed card),
// the previewed card itself as a message, and card patches with the message page's rules — content ≤ 30 KB
// (230025), within 14 days of sending (230031), ≤ 5 updates per second per message (230020),
// `update_multi: true` before and after (no code on the page: a console warning).
import { randomBytes } from 'node:crypto';
import { type CardUpdateVia, type Locale, type TranscriptMessage } from '../../card';
import { isRecord, ok, refuse, text, type ApiReply, type ApiRequest } from './api';
import { CARD_LIMIT_BYTES, cardText, checkCard, isShared, readCardContent } from './cardChecks';

const FOURTEEN_DAYS_MS = 14 * 24 * 3600 * 1000;
const MAX_MESSAGES = 500;
const RECEIVE_ID_TYPES = ['open_id', 'union_id', 'user_id', 'email', 'chat_id'];

export interface StoredMessage {
  messageId: string;
  chatId: string;
  createTime: number;
  via: 'preview' | 'send' | 'reply';
  parentId?: string;
  msgType: string;
  /** Raw card JSON (interactive messages without a card_id). */
  card?: unknown;
  cardId?: string;
  text?: string;
  updates: number[];
}

export interface ChatEvents {
  transcriptChanged(): void;
  cardUpdated(messageId: string, text: string, via: CardUpdateVia): void;
}

export interface ChatDeps {
  now(): number;
  locale: Locale;
  /** The live card of a CardKit entity, when it exists. */
  cardOf(cardId: string): unknown | undefined;
  appId(): string;
}

export class Chat {
  private readonly messages = new Map<string, StoredMessage>();

  constructor(
    private readonly deps: ChatDeps,
    private readonly events: ChatEvents,
  ) {}

  /** The previewed card is a message too: bots patch it and reply to it by its open_message_id. */
  registerPreview(messageId: string, chatId: string, card: unknown): void {
    const known = this.messages.get(messageId);
    if (known) {
      if (known.via === 'preview' && known.updates.length === 0) known.card = card;
      return;
    }
    this.store({
      messageId,
      chatId,
      createTime: this.deps.now(),
      via: 'preview',
      msgType: 'interactive',
      card,
      updates: [],
    });
  }

  get(messageId: string): StoredMessage | undefined {
    return this.messages.get(messageId);
  }

  /** The card a message shows now (a CardKit entity's live state included). */
  cardOf(message: StoredMessage): unknown {
    return message.cardId ? this.deps.cardOf(message.cardId) : message.card;
  }

  transcript(): TranscriptMessage[] {
    const out: TranscriptMessage[] = [];
    for (const m of this.messages.values()) {
      if (m.via === 'preview') continue;
      const card = this.cardOf(m);
      out.push({
        messageId: m.messageId,
        time: m.createTime,
        via: m.via,
        parentId: m.parentId,
        msgType: m.msgType,
        cardText: card === undefined ? undefined : cardText(card),
        cardId: m.cardId,
        text: m.text,
      });
    }
    return out;
  }

  /** A CardKit entity changed: every message showing it follows. */
  cardkitChanged(cardId: string): void {
    let transcript = false;
    for (const m of this.messages.values()) {
      if (m.cardId !== cardId) continue;
      if (m.via === 'preview') this.events.cardUpdated(m.messageId, cardText(this.cardOf(m)), 'cardkit');
      else transcript = true;
    }
    if (transcript) this.events.transcriptChanged();
  }

  /** Replaces the card of a message (patch, delayed update, revert) and tells the page. */
  replaceCard(message: StoredMessage, card: unknown, via: CardUpdateVia): void {
    message.card = card;
    message.cardId = undefined;
    if (message.via === 'preview') this.events.cardUpdated(message.messageId, cardText(card), via);
    else this.events.transcriptChanged();
  }

  /** The bot's answer brought a card: the preview draws it itself, a transcript card is redrawn. */
  answerCard(message: StoredMessage, card: unknown): void {
    message.card = card;
    message.cardId = undefined;
    if (message.via !== 'preview') this.events.transcriptChanged();
  }

  send(request: ApiRequest): ApiReply {
    const type = request.query.get('receive_id_type');
    if (!type || !RECEIVE_ID_TYPES.includes(type))
      return refuse(
        230001,
        'invalid receive_id_type',
        text(
          `receive_id_type must be one of ${RECEIVE_ID_TYPES.join(', ')}.`,
          `receive_id_type 必须是 ${RECEIVE_ID_TYPES.join('、')} 之一。`,
        ),
      );
    const body = isRecord(request.body) ? request.body : {};
    if (typeof body.receive_id !== 'string' || body.receive_id === '')
      return refuse(230001, 'receive_id is required', text('receive_id is missing.', '缺少 receive_id。'));
    const chatId = type === 'chat_id' ? body.receive_id : 'oc_' + randomBytes(16).toString('hex');
    return this.post(body, 'send', chatId, undefined);
  }

  reply(request: ApiRequest): ApiReply {
    const parentId = request.params.message_id;
    const parent = this.messages.get(parentId);
    const body = isRecord(request.body) ? request.body : {};
    const reply = this.post(
      body,
      'reply',
      parent?.chatId ?? 'oc_' + randomBytes(16).toString('hex'),
      parentId,
    );
    if (!parent && reply.status === 200)
      reply.notes.push(
        text(
          `Message ${parentId} is not one this local platform knows (only the previewed card and what the bot sent): shown as a reply anyway.`,
          `本地平台不认识消息 ${parentId}（只认识预览卡片和机器人发送的消息）：仍作为回复显示。`,
        ),
      );
    return reply;
  }

  private post(body: Record<string, unknown>, via: 'send' | 'reply', chatId: string, parentId?: string) {
    const msgType = typeof body.msg_type === 'string' ? body.msg_type : '';
    if (!msgType)
      return refuse(230001, 'msg_type is required', text('msg_type is missing.', '缺少 msg_type。'));
    const message: StoredMessage = {
      messageId: 'om_' + randomBytes(16).toString('hex'),
      chatId,
      createTime: this.deps.now(),
      via,
      parentId,
      msgType,
      updates: [],
    };
    const reply = ok();
    if (msgType === 'interactive') {
      const refusal = this.fillCard(message, body.content, reply);
      if (refusal) return refusal;
    } else message.text = describe(msgType, body.content);
    this.store(message);
    reply.body.data = this.wire(message, body.content);
    this.events.transcriptChanged();
    return reply;
  }

  /** Reads an interactive message's content into `message`; returns a refusal when the platform would. */
  private fillCard(message: StoredMessage, content: unknown, reply: ApiReply): ApiReply | undefined {
    const read = readCardContent(content);
    if (read.bytes > CARD_LIMIT_BYTES) return tooLarge(read.bytes);
    if (read.kind === 'invalid')
      return refuse(
        230099,
        'Failed to create card content',
        text(`The card ${read.reason}.`, `卡片 ${read.reason}。`),
      );
    if (read.kind === 'cardkit') {
      if (this.deps.cardOf(read.cardId) === undefined)
        return refuse(
          230099,
          'Failed to create card content, card entity not found',
          text(
            `No CardKit card ${read.cardId} was created on this platform.`,
            `本平台未创建过 CardKit 卡片 ${read.cardId}。`,
          ),
        );
      message.cardId = read.cardId;
      return undefined;
    }
    if (read.kind === 'template') {
      message.text = `template ${read.templateId}`;
      reply.notes.push(
        text(
          `Template cards (${read.templateId}) live in the card builder: the preview cannot draw them.`,
          `模板卡片（${read.templateId}）保存在搭建工具中：预览无法绘制。`,
        ),
      );
      return undefined;
    }
    message.card = read.card;
    reply.problems = checkCard(read.card, this.deps.locale);
    return undefined;
  }

  patch(request: ApiRequest): ApiReply {
    const message = this.messages.get(request.params.message_id);
    if (!message)
      return refuse(
        230001,
        'invalid message_id',
        text(
          `Message ${request.params.message_id} is unknown here (only the previewed card and what the bot sent).`,
          `此处不认识消息 ${request.params.message_id}（只认识预览卡片和机器人发送的消息）。`,
        ),
      );
    if (message.msgType !== 'interactive')
      return refuse(
        230001,
        'only interactive messages can be patched',
        text('Only cards can be patched.', '只能更新卡片消息。'),
      );
    const now = this.deps.now();
    if (now - message.createTime > FOURTEEN_DAYS_MS)
      return refuse(
        230031,
        'Message can only be modified within 14 days after sending.',
        text('The message was sent more than 14 days ago.', '消息发送已超过 14 天。'),
      );
    message.updates = message.updates.filter((t) => now - t < 1000);
    if (message.updates.length >= 5)
      return refuse(
        230020,
        'This operation triggers the frequency limit.',
        text('More than 5 updates per second to one message.', '单条消息每秒更新超过 5 次。'),
      );
    const body = isRecord(request.body) ? request.body : {};
    const read = readCardContent(body.content);
    if (read.bytes > CARD_LIMIT_BYTES) return tooLarge(read.bytes);
    if (read.kind !== 'card')
      return refuse(
        230099,
        'Failed to create card content',
        text(
          read.kind === 'invalid'
            ? `The card ${read.reason}.`
            : 'Only card JSON is imitated for patches here.',
          read.kind === 'invalid' ? `卡片 ${read.reason}。` : '此处仅模拟用卡片 JSON 更新。',
        ),
      );
    const reply = ok();
    reply.problems = checkCard(read.card, this.deps.locale);
    const before = this.cardOf(message);
    if (!isShared(before) || !isShared(read.card))
      reply.notes.push(
        text(
          'The patch page requires "update_multi": true in the card config before AND after the update; without it the update may not reach everybody (the page gives no error code).',
          '更新接口要求更新前后的卡片 config 中都显式声明 "update_multi": true；否则更新可能无法对所有人生效（文档未给出错误码）。',
        ),
      );
    message.updates.push(now);
    this.replaceCard(message, read.card, 'patch');
    return reply;
  }

  private store(message: StoredMessage): void {
    this.messages.set(message.messageId, message);
    while (this.messages.size > MAX_MESSAGES)
      this.messages.delete(this.messages.keys().next().value as string);
  }

  private wire(m: StoredMessage, content: unknown) {
    return {
      message_id: m.messageId,
      root_id: m.parentId,
      parent_id: m.parentId,
      msg_type: m.msgType,
      create_time: String(m.createTime),
      update_time: String(m.createTime),
      deleted: false,
      updated: false,
      chat_id: m.chatId,
      sender: { id: this.deps.appId(), id_type: 'app_id', sender_type: 'app', tenant_key: '' },
      body: { content: typeof content === 'string' ? content : '' },
    };
  }
}

function tooLarge(bytes: number): ApiReply {
  return refuse(
    230025,
    'The length of the message content reaches its limit.',
    text(`The card is ${bytes} bytes; cards may be at most 30 KB.`, `卡片为 ${bytes} 字节；卡片最大 30 KB。`),
  );
}

function describe(msgType: string, content: unknown): string {
  if (typeof content !== 'string') return `(${msgType})`;
  try {
    const value = JSON.parse(content) as unknown;
    if (isRecord(value) && typeof value.text === 'string') return value.text;
  } catch {
    // shown as the raw content below
  }
  return `(${msgType}) ${content.slice(0, 500)}`;
}
