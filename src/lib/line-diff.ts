export type DiffLine = { op: 'same' | 'removed' | 'added'; text: string };

/** Line diff by longest common subsequence; inputs past `limit` lines fall back to all-changed. */
export function diffLines(a: string, b: string, limit = 2000): DiffLine[] {
  const x = a === '' ? [] : a.split('\n');
  const y = b === '' ? [] : b.split('\n');
  if (x.length > limit || y.length > limit)
    return [
      ...x.map((text) => ({ op: 'removed' as const, text })),
      ...y.map((text) => ({ op: 'added' as const, text })),
    ];
  // lcs[i][j] = length of the LCS of x[i..] and y[j..]
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] =
        x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push({ op: 'same', text: x[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: 'removed', text: x[i++]! });
    else out.push({ op: 'added', text: y[j++]! });
  }
  while (i < x.length) out.push({ op: 'removed', text: x[i++]! });
  while (j < y.length) out.push({ op: 'added', text: y[j++]! });
  return out;
}

export type HeaderDiff = { name: string; a?: string; b?: string; same: boolean };

/** Headers of two requests side by side, names compared case-insensitively. */
export function diffHeaders(a: Record<string, string>, b: Record<string, string>): HeaderDiff[] {
  const lower = (h: Record<string, string>) =>
    new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
  const la = lower(a);
  const lb = lower(b);
  const names = [...new Set([...la.keys(), ...lb.keys()])].sort();
  return names.map((name) => ({
    name,
    a: la.get(name),
    b: lb.get(name),
    same: la.get(name) === lb.get(name),
  }));
}
