// CardKit card entities (`/open-apis/cardkit/v1/cards…`) with the rules of the cardkit--* pages: create
// takes 2.0 JSON only (300303), ≤ 30 KB (200860), unique element_ids (300301); every update carries a
// `sequence` strictly greater than the card's last one (300317); no update while a callback interaction on
// the card is open (200810); text streaming needs `streaming_mode` on (300309), which switches itself off
// 10 minutes after it was turned on (200850); entities live 14 days (200750); ≤ 10 calls per second per
// card (no code given: a console warning). A refused call changes nothing, its sequence included.
import { randomInt } from 'node:crypto';
import { type Locale, type LocalizedText } from '../../card';
import { isRecord, isSequence, ok, refuse, text, type ApiReply, type ApiRequest } from './api';
import {
  addElements,
  deleteElement,
  duplicateId,
  findElement,
  patchElement,
  replaceElement,
} from './cardElements';
import { CARD_LIMIT_BYTES, checkCard, isV2 } from './cardChecks';
import {
  batchAction,
  elementRefusal,
  mergeSettings,
  notFound,
  parseCardData,
  parseJsonField,
  streaming,
} from './cardkitOps';

type Json = Record<string, unknown>;

const STREAMING_MS = 10 * 60 * 1000;
const ENTITY_MS = 14 * 24 * 3600 * 1000;
const MAX_ENTITIES = 500;

interface Entity {
  card: Json;
  sequence: number;
  created: number;
  streamingSince?: number;
  streamingTimedOut?: boolean;
  calls: number[];
}

export interface CardKitDeps {
  now(): number;
  locale: Locale;
  /** A callback about a message showing this card is waiting for its answer. */
  interactionOpen(cardId: string): boolean;
  changed(cardId: string): void;
}

/** Changes `card` in place, or returns a whole new card (`replace`), or the refusal. */
type Operation = (
  card: Json,
  request: ApiRequest,
  notes: LocalizedText[],
) => ApiReply | { replace: Json } | undefined;

export class CardKit {
  private readonly entities = new Map<string, Entity>();

  constructor(private readonly deps: CardKitDeps) {}

  cardOf(cardId: string): Json | undefined {
    return this.entities.get(cardId)?.card;
  }

  create(request: ApiRequest): ApiReply {
    const body = isRecord(request.body) ? request.body : {};
    if (body.type === 'template')
      return refuse(
        10002,
        'template cards are not imitated',
        text(
          'Template entities come from the card builder; this local platform imitates card_json only.',
          '模板实体来自搭建工具；本地平台只模拟 card_json。',
        ),
      );
    if (body.type !== 'card_json')
      return refuse(
        10002,
        'invalid type',
        text('`type` must be "card_json" (or "template").', 'type 必须是 "card_json"（或 "template"）。'),
      );
    const parsed = parseCardData(body.data);
    if ('refusal' in parsed) return parsed.refusal;
    const card = parsed.card;
    const invalid = this.invalid(card, parsed.bytes);
    if (invalid) return invalid;
    let cardId = '';
    do cardId = String(7_000_000_000_000_000_000n + BigInt(randomInt(0, 2 ** 47)));
    while (this.entities.has(cardId));
    const now = this.deps.now();
    this.entities.set(cardId, {
      card,
      sequence: 0,
      created: now,
      calls: [],
      streamingSince: streaming(card) ? now : undefined,
    });
    while (this.entities.size > MAX_ENTITIES)
      this.entities.delete(this.entities.keys().next().value as string);
    const reply = ok({ card_id: cardId });
    reply.problems = checkCard(card, this.deps.locale);
    return reply;
  }

  update(request: ApiRequest): ApiReply {
    return this.apply(request, (_card, req) => {
      const body = req.body as Json;
      const wrapper = isRecord(body.card) ? body.card : {};
      if (wrapper.type !== 'card_json')
        return refuse(
          10002,
          'invalid card.type',
          text('`card.type` must be "card_json".', 'card.type 必须是 "card_json"。'),
        );
      const parsed = parseCardData(wrapper.data);
      if ('refusal' in parsed) return parsed.refusal;
      return { replace: parsed.card };
    });
  }

  settings(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req) => {
      const settings = parseJsonField((req.body as Json).settings, 'settings');
      if ('refusal' in settings) return settings.refusal;
      return mergeSettings(card, settings.value);
    });
  }

  content(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req, notes) => {
      const content = (req.body as Json).content;
      if (typeof content !== 'string')
        return refuse(
          10002,
          'content is required',
          text('`content` must be the full text.', 'content 必须是全量文本。'),
        );
      const entity = this.entities.get(req.params.card_id)!;
      if (!streaming(card))
        return entity.streamingTimedOut
          ? refuse(
              200850,
              'Card streaming timeout',
              text(
                'Streaming switched itself off 10 minutes after it was turned on: turn streaming_mode on again with the settings API.',
                '流式更新模式在开启 10 分钟后已自动关闭：请通过更新卡片配置接口重新开启 streaming_mode。',
              ),
            )
          : refuse(
              300309,
              'Card streaming closed',
              text(
                'streaming_mode is off: text streaming needs it on (settings API).',
                'streaming_mode 为关闭状态：流式更新文本需先开启。',
              ),
            );
      const at = findElement(card, req.params.element_id);
      if (!at) return notFound(req.params.element_id);
      if (at.element.tag !== 'markdown' && at.element.tag !== 'plain_text')
        return refuse(
          300310,
          'Only update text',
          text(
            `Element ${req.params.element_id} is a ${String(at.element.tag)}: only plain_text and markdown stream.`,
            `组件 ${req.params.element_id} 是 ${String(at.element.tag)}：只有 plain_text 与 markdown 支持流式更新。`,
          ),
        );
      const old = typeof at.element.content === 'string' ? at.element.content : '';
      if (!content.startsWith(old))
        notes.push(
          text(
            'The new text does not start with the old one: it replaces it at once (no typewriter effect).',
            '新文本不以旧文本开头：将直接整体替换（无打字机效果）。',
          ),
        );
      at.element.content = content;
      return undefined;
    });
  }

  batch(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req, notes) => {
      const parsed = parseJsonField((req.body as Json).actions, 'actions');
      if ('refusal' in parsed) return parsed.refusal;
      if (!Array.isArray(parsed.value))
        return refuse(
          10002,
          'actions must be an array',
          text('`actions` must be a JSON array string.', 'actions 必须是 JSON 数组字符串。'),
        );
      for (const action of parsed.value) {
        const failed = batchAction(card, action, notes);
        if (failed) return failed;
      }
      return undefined;
    });
  }

  elementCreate(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req) => {
      const body = req.body as Json;
      const elements = parseJsonField(body.elements, 'elements');
      if ('refusal' in elements) return elements.refusal;
      const list = Array.isArray(elements.value) ? elements.value : [elements.value];
      const target = typeof body.target_element_id === 'string' ? body.target_element_id : undefined;
      const failed = addElements(card, String(body.type ?? ''), target, list);
      return elementRefusal('add', failed);
    });
  }

  elementUpdate(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req) => {
      const element = parseJsonField((req.body as Json).element, 'element');
      if ('refusal' in element) return element.refusal;
      if (!isRecord(element.value))
        return refuse(
          10002,
          'element must be an object',
          text('`element` must be a component.', 'element 必须是组件对象。'),
        );
      const failed = replaceElement(card, req.params.element_id, element.value);
      return elementRefusal('replace', failed);
    });
  }

  elementPatch(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req) => {
      const partial = parseJsonField((req.body as Json).partial_element, 'partial_element');
      if ('refusal' in partial) return partial.refusal;
      if (!isRecord(partial.value))
        return refuse(
          10002,
          'partial_element must be an object',
          text('`partial_element` must be an object.', 'partial_element 必须是对象。'),
        );
      const failed = patchElement(card, req.params.element_id, partial.value);
      return elementRefusal('patch', failed);
    });
  }

  elementDelete(request: ApiRequest): ApiReply {
    return this.apply(request, (card, req) => {
      const failed = deleteElement(card, req.params.element_id);
      return elementRefusal('delete', failed);
    });
  }

  /** The checks every update shares, then `operation` on a copy; the copy replaces the card on success. */
  private apply(request: ApiRequest, operation: Operation): ApiReply {
    const cardId = request.params.card_id;
    const entity = this.entities.get(cardId);
    const now = this.deps.now();
    if (!entity)
      return refuse(
        200740,
        'The card entity does not exist',
        text(`No card entity ${cardId} on this platform.`, `本平台没有卡片实体 ${cardId}。`),
      );
    if (now - entity.created > ENTITY_MS)
      return refuse(
        200750,
        'The card entity has expired',
        text('Card entities live 14 days.', '卡片实体有效期为 14 天。'),
      );
    const body = isRecord(request.body) ? request.body : {};
    request = { ...request, body };
    if (!isSequence(body.sequence))
      return refuse(
        10002,
        'sequence is required',
        text('`sequence` must be a positive int32.', 'sequence 必须是 int32 范围内的正整数。'),
      );
    if (body.sequence <= entity.sequence)
      return refuse(
        300317,
        'The sequence number for operating on the card did not increment consecutively',
        text(
          `sequence ${body.sequence} is not greater than this card's last one (${entity.sequence}).`,
          `sequence ${body.sequence} 不大于该卡片上一次的值（${entity.sequence}）。`,
        ),
      );
    if (this.deps.interactionOpen(cardId))
      return refuse(
        200810,
        'The card is in an ongoing interaction and cannot be updated',
        text(
          "A click on this card is waiting for the bot's answer: the card cannot be updated until the interaction ends.",
          '该卡片的一次点击正在等待机器人响应：交互结束前无法更新卡片。',
        ),
      );
    const notes: LocalizedText[] = [];
    entity.calls = entity.calls.filter((t) => now - t < 1000);
    entity.calls.push(now);
    if (entity.calls.length > 10)
      notes.push(
        text(
          'More than 10 calls per second on one card: the platform limits this.',
          '单张卡片每秒调用超过 10 次：平台对此有限制。',
        ),
      );
    this.expireStreaming(entity, now, notes);
    let card = structuredClone(entity.card);
    const result = operation(card, request, notes);
    if (result && 'replace' in result) card = result.replace;
    else if (result) return result;
    const invalid = this.invalid(card, Buffer.byteLength(JSON.stringify(card), 'utf8'));
    if (invalid) return invalid;
    const was = streaming(entity.card);
    entity.card = card;
    entity.sequence = body.sequence;
    if (!was && streaming(card)) {
      entity.streamingSince = now;
      entity.streamingTimedOut = false;
    }
    const reply = ok({}, notes);
    reply.problems = checkCard(card, this.deps.locale);
    this.deps.changed(cardId);
    return reply;
  }

  private expireStreaming(entity: Entity, now: number, notes: LocalizedText[]): void {
    if (!streaming(entity.card) || entity.streamingSince === undefined) return;
    if (now - entity.streamingSince < STREAMING_MS) return;
    (entity.card.config as Json).streaming_mode = false;
    entity.streamingTimedOut = true;
    notes.push(
      text(
        'streaming_mode switched itself off: it was on for 10 minutes.',
        'streaming_mode 开启已满 10 分钟，已自动关闭。',
      ),
    );
  }

  private invalid(card: Json, bytes: number): ApiReply | undefined {
    if (!isV2(card))
      return refuse(
        300303,
        'Only schema 2.0 is supported',
        text(
          'CardKit takes card JSON 2.0 only ("schema": "2.0").',
          'CardKit 只接受卡片 JSON 2.0（"schema": "2.0"）。',
        ),
      );
    if (bytes > CARD_LIMIT_BYTES)
      return refuse(
        200860,
        'Card content exceeds limit.',
        text(`The card is ${bytes} bytes; the limit is 30 KB.`, `卡片为 ${bytes} 字节；上限 30 KB。`),
      );
    const duplicate = duplicateId(card);
    if (duplicate)
      return refuse(
        300301,
        'Duplicate element_id in card component.',
        text(`element_id ${duplicate} appears twice.`, `element_id ${duplicate} 重复。`),
      );
    return undefined;
  }
}
