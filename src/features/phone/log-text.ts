// Device-log lines for people: the spec's source keys ("[S12]") and notes about the spec itself
// ("SPEC gives no … rule") move out of the sentence into a "why" a reader opens on demand.

export type LogText = { text: string; why?: string };

const keys = /\s*\[(S\d+(?:[–-]S?\d+)?(?:,\s*S\d+(?:[–-]S?\d+)?)*)\]/g;
const specNote = /\s*\(([^()]*\bSPEC\b[^()]*)\)/g;

export function forPeople(message: string): LogText {
  const sources = [...message.matchAll(keys)].map((m) => m[1]!);
  const notes = [...message.matchAll(specNote)].map((m) => m[1]!);
  const text = message.replace(keys, '').replace(specNote, '').trim();
  if (sources.length === 0 && notes.length === 0) return { text };
  const why = [
    ...notes.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}.`),
    sources.length > 0 ? `Source: SPEC.md ${sources.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { text, why };
}
