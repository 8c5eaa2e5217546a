// The request-body readers and card edits behind the CardKit handlers (cardkit.ts): card data and the
// JSON-string fields the CardKit pages define (`settings`, `actions`, `elements`, …), settings merges and
// the five batch_update actions, each answering with the page's error code when it cannot be done.
import { type LocalizedText } from '../../card';
import { isRecord, refuse, text, type ApiReply } from './api';
import { addElements, deleteElement, patchElement, replaceElement } from './cardElements';

type Json = Record<string, unknown>;

export function streaming(card: Json): boolean {
  return isRecord(card.config) && card.config.streaming_mode === true;
}

export function notFound(elementId: string): ApiReply {
  // The pages name no code for an unknown element_id; 300313 ("failed to update element") is the closest.
  return refuse(
    300313,
    'element not found',
    text(`No element with element_id ${elementId}.`, `没有 element_id 为 ${elementId} 的组件。`),
  );
}

export function parseCardData(data: unknown): { card: Json; bytes: number } | { refusal: ApiReply } {
  if (typeof data !== 'string' || data === '')
    return {
      refusal: refuse(
        300307,
        'The card DSL is empty',
        text('`data` must be the card JSON as a string.', 'data 必须是卡片 JSON 字符串。'),
      ),
    };
  try {
    const card = JSON.parse(data) as unknown;
    if (!isRecord(card)) throw new Error('not an object');
    return { card, bytes: Buffer.byteLength(data, 'utf8') };
  } catch {
    return {
      refusal: refuse(
        200220,
        'Failed to generate card content',
        text('`data` is not a JSON object.', 'data 不是 JSON 对象。'),
      ),
    };
  }
}

export function parseJsonField(value: unknown, name: string): { value: unknown } | { refusal: ApiReply } {
  if (typeof value !== 'string')
    return {
      refusal: refuse(
        10002,
        `${name} must be a JSON string`,
        text(`\`${name}\` must be a JSON string.`, `${name} 必须是 JSON 字符串。`),
      ),
    };
  try {
    return { value: JSON.parse(value) };
  } catch {
    return {
      refusal: refuse(
        10002,
        `${name} is not valid JSON`,
        text(`\`${name}\` is not valid JSON.`, `${name} 不是合法 JSON。`),
      ),
    };
  }
}

export function mergeSettings(card: Json, settings: unknown): ApiReply | undefined {
  if (!isRecord(settings))
    return refuse(
      300122,
      'Failed to update card configuration',
      text('`settings` must hold config and/or card_link.', 'settings 须包含 config 和/或 card_link。'),
    );
  if (isRecord(settings.config))
    card.config = { ...(isRecord(card.config) ? card.config : {}), ...settings.config };
  if (settings.card_link !== undefined) card.card_link = settings.card_link;
  return undefined;
}

/**
 * How a failed element operation is refused: the code and message its CardKit page gives, the same whether it
 * came as its own request or as an action of a batch update. `failed` is what the cardElements.ts operation
 * said (undefined: it worked).
 */
export function elementRefusal(
  operation: ElementOperation,
  failed: string | undefined,
): ApiReply | undefined {
  if (!failed) return undefined;
  if (operation === 'patch' && failed === 'tag')
    return refuse(
      300312,
      'Unable to update element tag',
      text('A patch cannot change the tag.', '不能更新组件的 tag。'),
    );
  const [code, message] = ELEMENT_FAILURES[operation];
  return refuse(code, message, text(failed, failed));
}

type ElementOperation = keyof typeof ELEMENT_FAILURES;

const ELEMENT_FAILURES = {
  add: [300315, 'Failed to add element'],
  replace: [300121, 'Failed to replace element'],
  patch: [300313, 'Failed to update element properties'],
  delete: [300314, 'Failed to delete element'],
} as const;

export function batchAction(card: Json, action: unknown, notes: LocalizedText[]): ApiReply | undefined {
  const a = isRecord(action) ? action : {};
  const p = isRecord(a.params) ? a.params : {};
  switch (a.action) {
    case 'partial_update_setting':
      return mergeSettings(card, p.settings);
    case 'add_elements': {
      const failed = addElements(
        card,
        String(p.type ?? ''),
        typeof p.target_element_id === 'string' ? p.target_element_id : undefined,
        Array.isArray(p.elements) ? p.elements : [],
      );
      return elementRefusal('add', failed);
    }
    case 'delete_elements': {
      for (const id of Array.isArray(p.element_ids) ? p.element_ids : []) {
        const failed = deleteElement(card, String(id));
        if (failed) return elementRefusal('delete', failed);
      }
      return undefined;
    }
    case 'partial_update_element': {
      const failed = isRecord(p.partial_element)
        ? patchElement(card, String(p.element_id), p.partial_element)
        : 'partial_element missing';
      return elementRefusal('patch', failed);
    }
    case 'update_element': {
      const failed = isRecord(p.element)
        ? replaceElement(card, String(p.element_id), p.element)
        : 'element missing';
      return elementRefusal('replace', failed);
    }
    default:
      notes.push(
        text(
          `Unknown batch action ${String(a.action)} ignored.`,
          `未知的批量操作 ${String(a.action)} 已忽略。`,
        ),
      );
      return undefined;
  }
}
