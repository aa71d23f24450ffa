// Stands in for the `tldts` package in the browser bundle (see vite.config.ts). msw's cookie
// store (tough-cookie) calls only `getDomain`, to scope cookies to a registrable domain. The
// push endpoints Tilecast answers never set cookies, so the simple rule — the last two labels —
// is enough, and it keeps 47 KB gzip of public-suffix data out of the first page.

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

/** The registrable domain of a host name ("db5.notify.windows.com" → "windows.com"). */
export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (!host || isIp(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}

/** The last label ("com"): what a public suffix list would say for every host Tilecast sees. */
export function getPublicSuffix(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  return !host || isIp(host) ? null : (host.split('.').pop() ?? null);
}
