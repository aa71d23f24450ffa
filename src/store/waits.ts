import type { Arrivals, ArrivalKind } from './arrivals';

/** What to wait for: `text` matches any visible text (substring); `app` is a name or an id. */
export type Match = { text?: string; app?: string; title?: string; rule?: string };

type AnyRecord = Arrivals[ArrivalKind][number];

const textsOf = (record: AnyRecord): string[] => {
  if ('texts' in record) return record.texts;
  if ('hex' in record) return [record.text];
  return [record.message];
};

export function matches(record: AnyRecord, match: Match): boolean {
  if (match.app !== undefined && record.app !== match.app && record.appId !== match.app)
    return false;
  if (match.title !== undefined && !('title' in record && record.title.includes(match.title)))
    return false;
  if (match.rule !== undefined && !('rule' in record && record.rule === match.rule)) return false;
  const { text } = match;
  return text === undefined || textsOf(record).some((t) => t.includes(text));
}

const describe = (record: AnyRecord) =>
  `${record.app || 'phone'}: "${textsOf(record).join(' / ')}"`;

/**
 * Resolves with the first record of `kind` that matches — already arrived or arriving later — or
 * rejects after `timeoutMs` naming what did arrive. Event-driven: it never polls or sleeps.
 */
export function waitFor<K extends ArrivalKind>(
  kind: K,
  match: Match,
  timeoutMs: number,
  arrivals: { all(): Arrivals; onChange(listener: () => void): () => void },
): Promise<Arrivals[K][number]> {
  const find = () =>
    (arrivals.all()[kind] as AnyRecord[]).find((r) => matches(r, match)) as
      Arrivals[K][number] | undefined;
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const stop = arrivals.onChange(() => {
      const hit = find();
      if (!hit) return;
      clearTimeout(timer);
      stop();
      resolve(hit);
    });
    const timer = setTimeout(() => {
      stop();
      const seen = (arrivals.all()[kind] as AnyRecord[]).map(describe);
      reject(
        new Error(
          `No ${kind} matching ${JSON.stringify(match)} within ${timeoutMs} ms. ` +
            (seen.length ? `Arrived: ${seen.join('; ')}` : `No ${kind} arrived at all.`),
        ),
      );
    }, timeoutMs);
  });
}
