import * as v from 'valibot';

// Building blocks for every validator of data that crosses into the page's state (imports,
// stored state, share links). Each message completes "`field` …", so a notice can name the
// field and say what is wrong with it.

/** The largest time a JavaScript Date can hold (ECMA-262 §21.4.1.22): beyond it, `toISOString` throws. */
export const MAX_TIME = 8.64e15;

/** A time in ms since the epoch that a Date can show. */
export const time = v.pipe(
  v.number('is not a time'),
  v.finite('is not a time'),
  v.minValue(0, 'is not a time'),
  v.maxValue(MAX_TIME, 'is not a time'),
);

/**
 * When something expires: a time, or "never" as the service writes it (MPNS channels expire at
 * Number.MAX_SAFE_INTEGER). Compared, never shown as a date.
 */
export const deadline = v.pipe(
  v.number('is not a time'),
  v.finite('is not a time'),
  v.minValue(0, 'is not a time'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is not a time'),
);

/** A count or a size: a whole number from 0 up. */
export const count = v.pipe(
  v.number('is not a count'),
  v.safeInteger('is not a count'),
  v.minValue(0, 'is not a count'),
);

export const text = v.string('is not text');

/** Header names to header values; every value must be text. */
export const headers = v.record(v.string(), v.string('is not text'), 'is not a list of headers');

/** An enum-like field: one of a few known words. */
export const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `is not one of ${options.join(', ')}`);

/** RFC 9110 §5.6.2 (RFC 7230 §3.2.6) `token`: the only characters an HTTP method may have. */
export const httpToken = v.pipe(
  v.string('is not text'),
  v.regex(
    /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,32}$/,
    "is not an HTTP method (letters and !#$%&'*+-.^_`|~ only)",
  ),
);

/** "`outcomes.2.kind` is not one of …": the first problem of a failed parse, for people. */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'is not valid';
  // A variant's unknown tag reports at its tag, deepest first: name the field that failed.
  const path = v.getDotPath(issue);
  const message = issue.message.startsWith('Invalid') ? 'is missing or not valid' : issue.message;
  return path ? `\`${path}\` ${message}` : `it ${message}`;
}

/** Parses an item, or says what is wrong with it. */
export function check<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
): { ok: true; value: v.InferOutput<T> } | { ok: false; problem: string } {
  const result = v.safeParse(schema, input);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: firstProblem(result.issues) };
}
