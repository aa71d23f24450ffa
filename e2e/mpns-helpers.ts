import type { Page } from '@playwright/test';

export type MpnsSent = { status: number; headers: Record<string, string> };

/** A cloud service's MPNS POST, made with fetch inside the page. Target omitted → raw. */
export async function mpnsPush(
  page: Page,
  uri: string,
  request: { target?: string; cls?: string; body?: string; method?: string; messageId?: string },
): Promise<MpnsSent> {
  return page.evaluate(
    async ({ uri, target, cls, body, method = 'POST', messageId }) => {
      const headers: Record<string, string> = { 'Content-Type': 'text/xml' };
      if (target) headers['X-WindowsPhone-Target'] = target;
      if (cls) headers['X-NotificationClass'] = cls;
      if (messageId) headers['X-MessageID'] = messageId;
      const response = await fetch(uri, {
        method,
        headers,
        body: method === 'GET' ? undefined : body,
      });
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()) };
    },
    { uri, ...request },
  );
}

/** Opens (or reuses) an app's MPNS channel through the automation API. */
export const mpnsChannel = (page: Page, app?: string, authenticated?: boolean) =>
  page.evaluate(
    async (options) => (await window.tilecast.openChannel({ service: 'mpns', ...options })).uri,
    { app, authenticated },
  );

export const wp = (inner: string, version = '') =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"${version && ` Version="${version}"`}>${inner}</wp:Notification>`;

export const wpToast = (text1: string, text2: string, param?: string) =>
  wp(
    `<wp:Toast><wp:Text1>${text1}</wp:Text1><wp:Text2>${text2}</wp:Text2>${param ? `<wp:Param>${param}</wp:Param>` : ''}</wp:Toast>`,
  );
