import { encodeUtf8 } from '../../protocol/http';
import { readWnsHeaders, type WnsType } from '../../protocol/wns/headers';
import { installApp } from '../apps';
import { initialDeviceState, type WnsIncoming } from '../state';

/** A phone with Contoso News installed, for the WNS device tests. */
export const phone = () => installApp(initialDeviceState(), 'app-1', 'Contoso News');
let n = 0;
export const incoming = (
  type: WnsType,
  body: string,
  extra: Record<string, string> = {},
  more: Partial<WnsIncoming> = {},
): WnsIncoming => {
  const headers = readWnsHeaders({
    'x-wns-type': type,
    'content-type': type === 'wns/raw' ? 'application/octet-stream' : 'text/xml',
    ...extra,
  });
  if (!headers.ok) throw new Error(headers.description);
  n += 1;
  return {
    service: 'wns',
    appId: 'app-1',
    msgId: `M${n}`,
    type,
    options: headers.options,
    body: encodeUtf8(body),
    ...more,
  };
};
