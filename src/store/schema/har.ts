import * as v from 'valibot';
import { text } from './common';

// The parts of a HAR 1.2 entry that an import reads. HAR files come from many tools, so only
// what the conversion touches is required; the journal entry it becomes is checked in full.

const harHeaders = v.array(v.object({ name: text, value: text }), 'is not a list of headers');

export const harEntrySchema = v.object({
  startedDateTime: v.optional(text),
  request: v.object(
    {
      method: text,
      url: text,
      headers: v.optional(harHeaders),
      postData: v.optional(v.object({ text: v.optional(text) })),
      bodySize: v.optional(v.number('is not a number')),
    },
    'is not a request',
  ),
  response: v.object(
    {
      status: v.number('is not an HTTP status'),
      statusText: v.optional(text),
      headers: v.optional(harHeaders),
      content: v.optional(v.object({ text: v.optional(text) })),
    },
    'is not a response',
  ),
  _tilecast: v.optional(v.record(v.string(), v.unknown(), 'is not an object')),
});

export type HarEntryInput = v.InferOutput<typeof harEntrySchema>;
