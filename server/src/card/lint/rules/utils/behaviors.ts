// Shared reading of `behaviors` arrays, used by every behavior rule. Entries are read from the component's
// plain value (parse/values.ts) and name their places by path: the lint reads no tree node through them.
import type { ComponentNode } from '../../../parse/model';
import { isRecord, type JsonObject, type JsonPath, type JsonValue } from '../../../parse/values';
import type { Place } from '../../locate';

export interface BehaviorEntry {
  readonly component: ComponentNode;
  /** The behavior's object (`component.value.behaviors[index]`); undefined for an item that is no object. */
  readonly value: JsonObject | undefined;
  readonly index: number;
  /** `type` value; undefined when missing or not a string. */
  readonly type: string | undefined;
}

/**
 * The entry's path below the card root, for a finding's data and fixes: built when asked, since only a
 * finding needs it. Each entry carried one, built eagerly, which was more than half of what behaviorsOf
 * allocated (on the 1 MB bench card 475 of 853 KB, for 1,787 behaviors, of which the bench reports none). A
 * plain literal, no class with a lazy getter: that class made behaviorsOf 4x slower on a card the GC had
 * already moved to the old generation (9.7 ms instead of 2.6; the literal takes 2.2).
 */
export function behaviorPath(behavior: BehaviorEntry): (string | number)[] {
  return [...behavior.component.path, 'behaviors', behavior.index];
}

/**
 * Where to report on a behavior: the item itself, or what `steps` lead to below it (`['type']`), or with
 * `part` its key or pair. Built when reporting, like `behaviorPath`.
 */
export function behaviorPlace(behavior: BehaviorEntry, steps: JsonPath = [], part?: Place['part']): Place {
  return { path: [...behavior.component.path, 'behaviors', behavior.index, ...steps], part };
}

const memo = new WeakMap<ComponentNode, BehaviorEntry[]>();
/** Shared by every component without behaviors (most of them), so those cost no memo entry. */
const NONE: readonly BehaviorEntry[] = Object.freeze([]);

/**
 * The component's behaviors, read once per parsed card: nearly every rule asks for them. The rules loop over
 * them with an index: a for-of here allocated an iterator result per step even after 25 lints (on the 1 MB
 * bench card, open-url-default-missing made 433 KB with it, 210 KB without, 195 of them the measuring's own).
 */
export function behaviorsOf(component: ComponentNode): readonly BehaviorEntry[] {
  // The value first: most components have no behaviors, and a property read costs less than the memo's
  // lookup (about ten rules ask for each component's behaviors).
  const behaviors = component.value.behaviors;
  if (!Array.isArray(behaviors) || !behaviors.length) return NONE;
  const known = memo.get(component);
  if (known) return known;
  const entries = readBehaviors(component, behaviors);
  memo.set(component, entries);
  return entries;
}

function readBehaviors(component: ComponentNode, items: JsonValue[]): BehaviorEntry[] {
  return items.map((item, index) => {
    const value = isRecord(item) ? item : undefined;
    const type = value?.type;
    return { component, value, index, type: typeof type === 'string' ? type : undefined };
  });
}
