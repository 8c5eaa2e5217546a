// Delivers a click from the preview to the author's bot the way the platform would — over its long
// connection when one is open, else POSTed to feishuCard.callback.url (host/send.ts) — and reads the answer
// as the chat client does: within 3 seconds or the user sees 200341 whatever the bot says later; a handler
// that threw (code 500 in the SDK's answer frame) is a non-200 (200671); a body that is not an answer 200672;
// a wrong `card` part 200673; a 1.0 card answering a 2.0 card 200830 (callback--card-callback-communication.md).
import { type Answer, interpretAnswer, type Locale, type SendResult } from '../../card';
import { DEFAULT_TIMEOUT_MS, sendCallback } from '../send';
import type { CallbackSettings } from '../relay';
import { isRecord, text } from './api';
import { isV2 } from './cardChecks';
import type { LongConnections, SocketAnswer } from './longConnection';

/** How long a late answer is still awaited, only to tell the author how late it was. */
const LATE_WAIT_MS = 60_000;

export interface Delivered {
  answer: Answer;
  /** 'long-connection' | 'http'; undefined when nothing was sent (no bot, no URL). */
  mode?: 'long-connection' | 'http';
  appId?: string;
}

export interface DeliveryDeps {
  connections: LongConnections;
  settings(): CallbackSettings;
  /** The app that asked for a token last (HTTP bots). */
  httpAppId(): string | undefined;
  locale: Locale;
  fragmentBytes?: number;
  /** A late answer arrived (after the user already saw 200341). */
  late(ms: number, appId: string): void;
  /** How long a click waits for the bot's answer: the platform's 3 s unless a test on a loaded machine gives more. */
  answerDeadlineMs?: number;
}

export async function deliver(
  request: Record<string, unknown>,
  cardKind: 'v1' | 'v2',
  deps: DeliveryDeps,
): Promise<Delivered | undefined> {
  const deadlineMs = deps.answerDeadlineMs ?? DEFAULT_TIMEOUT_MS;
  const connection = deps.connections.pick();
  if (connection) {
    const body = withAppId(request, connection.appId);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const sent = deps.connections.deliver(connection, body, deps.fragmentBytes);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), deadlineMs)),
    );
    const first = await Promise.race([sent.answer, deadline]);
    clearTimeout(timer);
    let result: SendResult;
    if (first === 'timeout') {
      result = { ms: elapsed(), error: timeoutError(deadlineMs) };
      const late = setTimeout(sent.cancel, LATE_WAIT_MS);
      void sent.answer.then((answer) => {
        clearTimeout(late);
        if (answer) deps.late(elapsed(), connection.appId);
      });
    } else result = fromSocket(first, elapsed());
    const answer = readAnswer(result, cardKind, deps.locale);
    answer.notes.unshift(
      text(
        `Delivered over the long connection of ${connection.appId} (#${connection.id}); answered in ${result.ms} ms.`,
        `通过 ${connection.appId} 的长连接（#${connection.id}）送达；${result.ms} 毫秒后响应。`,
      ),
    );
    return { answer, mode: 'long-connection', appId: connection.appId };
  }
  const settings = deps.settings();
  if (!settings.url) return undefined;
  const appId = deps.httpAppId();
  const result = await sendCallback(appId ? withAppId(request, appId) : request, {
    url: settings.url,
    encryptKey: settings.encryptKey || undefined,
    verificationToken: settings.verificationToken || undefined,
    timeoutMs: deadlineMs,
  });
  return { answer: readAnswer(result, cardKind, deps.locale), mode: 'http', appId };
}

/** The callback carries the bot's own app id, whatever the preview's identity says. */
function withAppId(request: Record<string, unknown>, appId: string): Record<string, unknown> {
  const header = isRecord(request.header) ? request.header : undefined;
  return header ? { ...request, header: { ...header, app_id: appId } } : request;
}

function fromSocket(socket: SocketAnswer | undefined, ms: number): SendResult {
  if (!socket)
    return {
      ms,
      error: {
        code: 'network',
        message: {
          en: "The bot's long connection closed before it answered: the user sees an error.",
          zh: '机器人的长连接在响应前断开：用户会看到报错。',
        },
      },
    };
  if (socket.malformed)
    return {
      ms,
      status: 200,
      error: {
        code: 'not-json',
        platformCode: 200672,
        platformCodeVerified: true,
        message: {
          en: `The answer frame is not what the SDK sends (${socket.malformed}): the user sees error 200672.`,
          zh: `响应帧不符合 SDK 的格式（${socket.malformed}）：用户会看到错误 200672。`,
        },
      },
    };
  if (socket.code !== 200)
    return {
      ms,
      status: socket.code,
      error: {
        code: 'http-status',
        platformCode: 200671,
        platformCodeVerified: true,
        message: {
          en: `The bot answered with status ${socket.code}${socket.code === 500 ? ' (its handler threw)' : ''}: the user sees error 200671.`,
          zh: `机器人返回状态 ${socket.code}${socket.code === 500 ? '（处理函数抛出了异常）' : ''}：用户会看到错误 200671。`,
        },
      },
    };
  // No `data`: the handler returned nothing, which the chat client takes as an empty answer.
  const body = socket.answer === undefined ? {} : socket.answer;
  return { ms, status: 200, body, rawBody: JSON.stringify(body) };
}

function timeoutError(deadlineMs: number): NonNullable<SendResult['error']> {
  const seconds = deadlineMs / 1000;
  return {
    code: 'timeout',
    platformCode: 200341,
    platformCodeVerified: true,
    message: {
      en: `No answer within ${seconds} seconds: the user sees error 200341, whatever the bot answers later.`,
      zh: `${seconds} 秒内没有响应：用户会看到错误 200341，之后机器人的任何响应都不再生效。`,
    },
  };
}

/** interpretAnswer, plus the two answer codes it leaves to the platform: 200673 and 200830. */
function readAnswer(result: SendResult, cardKind: 'v1' | 'v2', locale: Locale): Answer {
  const answer = interpretAnswer(result, locale, cardKind);
  if (answer.error || !isRecord(result.body) || result.body.card === undefined) return answer;
  const card = result.body.card;
  if (!isRecord(card) || (card.type !== 'raw' && card.type !== 'template') || card.data === undefined) {
    answer.error = {
      code: 200673,
      message: text(
        'The `card` part of the answer is wrong: the user sees error 200673.',
        '响应中的 card 部分有误：用户会看到错误 200673。',
      ),
    };
    answer.card = undefined;
    return answer;
  }
  if (answer.card && cardKind === 'v2' && !isV2(JSON.parse(answer.card.text))) {
    answer.error = {
      code: 200830,
      message: text(
        'A JSON 2.0 card cannot be updated to a JSON 1.0 card: the user sees error 200830.',
        'JSON 2.0 卡片无法更新为 JSON 1.0 卡片：用户会看到错误 200830。',
      ),
    };
    answer.card = undefined;
  }
  return answer;
}
