// X-WNS-Match on an HTTP DELETE: which Action Center toasts to remove (Windows Phone). [S15]

/** `all`, or a group and/or a tag that a toast must carry to be removed. */
export type WnsMatch = { all: true } | { all: false; group?: string; tag?: string };

export type WnsMatchResult = { ok: true; match: WnsMatch } | { ok: false; description: string };

/**
 * Reads `type:wns/toast;group=G;tag=T`, `type:wns/toast;group=G`, `type:wns/toast;tag=T` or
 * `type:wns/toast;all`. Anything else is refused with 400 (SPEC §2.3).
 */
export function readWnsMatch(value: string | undefined): WnsMatchResult {
  if (value === undefined) {
    return { ok: false, description: 'X-WNS-Match header is required on DELETE' };
  }
  const [type, ...rest] = value.split(';').map((part) => part.trim());
  if (type !== 'type:wns/toast') {
    return { ok: false, description: 'X-WNS-Match must start with type:wns/toast' };
  }
  if (rest.length === 1 && rest[0] === 'all') return { ok: true, match: { all: true } };
  const match: { all: false; group?: string; tag?: string } = { all: false };
  for (const part of rest) {
    const [key, v] = part.split('=');
    if ((key === 'group' || key === 'tag') && v && match[key] === undefined) match[key] = v;
    else
      return { ok: false, description: `X-WNS-Match part "${part}" is not group=G, tag=T or all` };
  }
  if (match.group === undefined && match.tag === undefined) {
    return { ok: false, description: 'X-WNS-Match needs group=G, tag=T or all' };
  }
  return { ok: true, match };
}

/** Whether a toast with this group and tag is one the match removes. */
export function matchesToast(match: WnsMatch, toast: { group?: string; tag?: string }): boolean {
  if (match.all) return true;
  if (match.group !== undefined && match.group !== toast.group) return false;
  if (match.tag !== undefined && match.tag !== toast.tag) return false;
  return true;
}
