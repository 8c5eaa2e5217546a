// What kind of value a component holds, its initial value, and how the value reads in a callback.
// The kind comes from the catalog's `callbackFields` (and the initial-value properties it lists), so a new
// component needs a catalog entry, not a change here.
import type { ComponentSpec } from '../catalog/catalog';
import type { FieldValue } from './types';
import { isRecord } from './record';

export type ValueKind = 'text' | 'single' | 'multi' | 'check' | 'date' | 'time' | 'datetime' | 'none';

export type Props = Record<string, unknown>;

/** Properties that hold the starting value of a picker, and the picker kind they reveal. */
const PICKER_INITIAL: [string, ValueKind][] = [
  ['initial_datetime', 'datetime'],
  ['initial_date', 'date'],
  ['initial_time', 'time'],
];

function hasProperty(spec: ComponentSpec, props: Props, key: string): boolean {
  return key in spec.properties || key in props;
}

export function valueKind(spec: ComponentSpec | undefined, props: Props): ValueKind {
  const fields = spec?.callbackFields;
  if (!spec || !fields) return 'none';
  if (fields.includes('input_value')) return 'text';
  if (fields.includes('checked')) return 'check';
  // select_img switches between one and many with `multi_select`.
  if (fields.includes('options') && (props.multi_select === true || !fields.includes('option')))
    return 'multi';
  if (fields.includes('option')) {
    for (const [key, kind] of PICKER_INITIAL) if (hasProperty(spec, props, key)) return kind;
    return 'single';
  }
  return 'none';
}

export function optionValues(props: Props): string[] {
  const options = Array.isArray(props.options) ? props.options : [];
  return options
    .map((o) => (isRecord(o) ? o.value : undefined))
    .filter((v): v is string => typeof v === 'string');
}

export function initialValue(kind: ValueKind, props: Props): FieldValue {
  switch (kind) {
    case 'text': {
      const value = props.default_value;
      return typeof value === 'string' ? value : '';
    }
    case 'check':
      return props.checked === true;
    case 'single': {
      if (typeof props.initial_option === 'string') return props.initial_option;
      if (typeof props.initial_index === 'number') return optionValues(props)[props.initial_index - 1];
      return undefined;
    }
    case 'multi':
      return Array.isArray(props.selected_values)
        ? props.selected_values.filter((v): v is string => typeof v === 'string')
        : [];
    case 'date':
    case 'time':
    case 'datetime': {
      const key = PICKER_INITIAL.find(([, k]) => k === kind)![0];
      return typeof props[key] === 'string' ? (props[key] as string) : undefined;
    }
    default:
      return undefined;
  }
}

/** A field is empty for `required` when nothing was entered or chosen (an unticked checker counts as a value). */
export function isEmpty(value: FieldValue): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * "+0800" for a zone at a moment; "+0000" when the zone is unknown. The `longOffset` zone name is "GMT+08:00"
 * (hours and minutes always), or plain "GMT" at offset zero.
 */
export function utcOffset(timezone: string, at: number): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')!.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? `${match[1]}${match[2]}${match[3]}` : '+0000';
  } catch {
    return '+0000';
  }
}

/** Pickers report "2024-04-01 +0800", "00:00 +0800", "2024-04-29 07:07 +0800". */
export function callbackValue(kind: ValueKind, value: FieldValue, timezone: string, at: number): FieldValue {
  if (
    (kind === 'date' || kind === 'time' || kind === 'datetime') &&
    typeof value === 'string' &&
    value !== ''
  )
    return `${value} ${utcOffset(timezone, at)}`;
  return value;
}

/** Parses a value typed on the command line (`--input name=value`) for a field of this kind. */
export function parseInputValue(kind: ValueKind, raw: string): FieldValue {
  if (kind === 'check') return raw === 'true' || raw === '1' || raw === 'yes';
  if (kind === 'multi') {
    if (raw.trim().startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (Array.isArray(parsed)) return parsed.map(String);
      } catch {
        // Not JSON: fall through to the comma list.
      }
    }
    return raw === '' ? [] : raw.split(',').map((s) => s.trim());
  }
  return raw;
}
