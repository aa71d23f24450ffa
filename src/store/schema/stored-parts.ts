import type * as v from 'valibot';
import { check } from './common';
import type { Dropped } from './journal-entry';

// Reading stored records and lists item by item: what passes is kept, what does not is named.

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Collects what was dropped while a stored state is read. */
export class DropList {
  readonly items: Dropped[] = [];
  add(name: string, problem: string) {
    this.items.push({ name, problem });
  }
}

/** Each value of a stored record, checked alone; `what` names an item ("phone app"). */
export function readRecord<T extends v.GenericSchema>(
  input: unknown,
  schema: T,
  what: string,
  dropped: DropList,
): Record<string, v.InferOutput<T>> {
  if (input === undefined) return {};
  if (!isObject(input)) {
    dropped.add(`${what}s`, 'are not a record');
    return {};
  }
  const kept: Record<string, v.InferOutput<T>> = {};
  for (const [key, value] of Object.entries(input)) {
    const result = check(schema, value);
    if (result.ok) kept[key] = result.value;
    else dropped.add(`${what} "${key}"`, result.problem);
  }
  return kept;
}

/** Each item of a stored list, checked alone. */
export function readList<T extends v.GenericSchema>(
  input: unknown,
  schema: T,
  what: string,
  dropped: DropList,
): v.InferOutput<T>[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    dropped.add(`${what}s`, 'are not a list');
    return [];
  }
  const kept: v.InferOutput<T>[] = [];
  input.forEach((value, i) => {
    const result = check(schema, value);
    if (result.ok) kept.push(result.value);
    else dropped.add(`${what} ${i + 1}`, result.problem);
  });
  return kept;
}

/** A value checked whole; when it fails, the fallback is used and the value named. */
export function readWhole<T extends v.GenericSchema, F>(
  input: unknown,
  schema: T,
  what: string,
  fallback: () => F,
  dropped: DropList,
): v.InferOutput<T> | F {
  const result = check(schema, input);
  if (result.ok) return result.value;
  dropped.add(what, result.problem);
  return fallback();
}

export { isObject };
