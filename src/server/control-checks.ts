// Checks for control-call bodies: each says which field is wrong, for a clear 400.
import type { ControlAnswer } from './control-api';

export const error = (
  status: number,
  message: string,
  headers?: Record<string, string>,
): ControlAnswer => ({
  status,
  body: { error: message },
  headers,
});

export type Body = Record<string, unknown>;
export const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body must be a JSON object whose listed fields have the listed types. */
export function check(
  body: unknown,
  fields: Record<string, (v: unknown) => boolean>,
  required: string[],
) {
  if (body === undefined) body = {};
  if (!isObject(body)) return 'The body must be a JSON object';
  for (const name of required) if (!(name in body)) return `"${name}" is required`;
  for (const [name, ok] of Object.entries(fields))
    if (name in body && !ok(body[name])) return `"${name}" has the wrong type or value`;
  return undefined;
}

export const oneOf = (values: readonly string[]) => (v: unknown) =>
  typeof v === 'string' && values.includes(v);
export const isString = (v: unknown) => typeof v === 'string';
export const isBoolean = (v: unknown) => typeof v === 'boolean';
export const isDuration = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
