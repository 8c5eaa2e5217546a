// The delayed update (`POST /open-apis/interactive/v1/card/update`) and its token's rules, from
// callback--delay-update-message-card-token.md: the token of a callback is valid 30 minutes (300030) and
// for 2 uses (300040), must look like `c-…` (300020), and the call only works after the callback was
// answered — before or in parallel, the card updates and then reverts (no code on the page: we show both
// steps). The 30 KB limit has no code on that page either: a console warning.
import { type Locale } from '../../card';
import { isRecord, ok, refuse, text, type ApiReply, type ApiRequest } from './api';
import { CARD_LIMIT_BYTES, checkCard } from './cardChecks';
import type { Chat } from './chat';

const TOKEN_TTL_MS = 30 * 60 * 1000;
const MAX_USES = 2;
const MAX_TOKENS = 1000;

interface TokenState {
  messageId: string;
  issued: number;
  uses: number;
  answered: boolean;
  /** The card shown before an early delayed update, to revert to when the answer lands. */
  beforeEarly?: unknown;
}

export class DelayedUpdates {
  private readonly tokens = new Map<string, TokenState>();

  constructor(
    private readonly chat: Chat,
    private readonly now: () => number,
    private readonly locale: Locale,
  ) {}

  /** A callback carrying `token` is on its way to the bot about `messageId`. */
  issue(token: string, messageId: string): void {
    this.tokens.set(token, { messageId, issued: this.now(), uses: 0, answered: false });
    while (this.tokens.size > MAX_TOKENS) this.tokens.delete(this.tokens.keys().next().value as string);
  }

  /**
   * The callback was answered (or gave up). Returns the card to go back to when a delayed update came
   * too early and the answer did not bring a card of its own.
   */
  answered(token: string): { revertTo?: unknown } {
    const state = this.tokens.get(token);
    if (!state) return {};
    state.answered = true;
    const revertTo = state.beforeEarly;
    state.beforeEarly = undefined;
    return revertTo === undefined ? {} : { revertTo };
  }

  handle(request: ApiRequest): ApiReply {
    const body = isRecord(request.body) ? request.body : {};
    const token = body.token;
    if (typeof token !== 'string' || !token.startsWith('c-'))
      return refuse(
        300020,
        'token format error',
        text(
          'The token must be the `c-…` value from the callback (event.token).',
          'token 必须是回调中的 c-… 值（event.token）。',
        ),
      );
    const state = this.tokens.get(token);
    if (!state)
      return refuse(
        300030,
        'token is expired',
        text(
          'This token did not come from a callback of this local platform (or it is too old).',
          '该 token 不是本地平台本次回调下发的（或已过期）。',
        ),
      );
    if (this.now() - state.issued > TOKEN_TTL_MS)
      return refuse(
        300030,
        'token is expired',
        text('The token is older than 30 minutes.', 'token 已超过 30 分钟有效期。'),
      );
    if (state.uses >= MAX_USES)
      return refuse(
        300040,
        'token exceeds usage limit',
        text(
          `This token was already used ${state.uses} times; a token works twice.`,
          `该 token 已使用 ${state.uses} 次；每个 token 只能使用 2 次。`,
        ),
      );
    if (!isRecord(body.card))
      return refuse(
        10002,
        'card is required',
        text('`card` must be the card object.', 'card 必须是卡片对象。'),
      );
    const message = this.chat.get(state.messageId);
    if (!message)
      return refuse(
        200000,
        'message not found',
        text('The clicked message is gone.', '被点击的消息已不存在。'),
      );
    state.uses += 1;
    const reply = ok();
    const card = body.card;
    const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
    if (bytes > CARD_LIMIT_BYTES)
      reply.notes.push(
        text(
          `The card is ${bytes} bytes; the delayed-update page limits cards to 30 KB (it names no error code, so it is not refused here).`,
          `卡片为 ${bytes} 字节；延时更新文档限制卡片 30 KB（未给出错误码，此处不拒绝）。`,
        ),
      );
    if (card.type === 'template') {
      reply.notes.push(text('Template cards cannot be drawn in the preview.', '预览无法绘制模板卡片。'));
      return reply;
    }
    reply.problems = checkCard(card, this.locale);
    if (!state.answered) {
      if (state.beforeEarly === undefined) state.beforeEarly = this.chat.cardOf(message);
      reply.notes.push(
        text(
          'Called before the callback was answered: the card updates now and reverts when the answer arrives. Call the delayed update only after answering the callback.',
          '在响应回调之前调用：卡片会先更新，收到回调响应后又恢复原样。请在响应回调之后再调用延时更新。',
        ),
      );
    }
    this.chat.replaceCard(message, card, 'delayed');
    reply.notes.push(
      text(`Token use ${state.uses} of ${MAX_USES}.`, `token 已使用 ${state.uses}/${MAX_USES} 次。`),
    );
    return reply;
  }
}
