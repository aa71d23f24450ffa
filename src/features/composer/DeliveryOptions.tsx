import { useId, type ReactNode } from 'react';
import type { Service } from './gallery';
import type { DeliveryOptions } from './request';

const input = 'w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';

function Row({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="text-sm text-neutral-400">
        {label}
      </label>
      {children(id)}
    </>
  );
}

/** Every delivery option the service reads, as the header it becomes. [S3, S4, S13, S14] */
export function DeliveryOptionsForm({
  service,
  options,
  onChange,
}: {
  service: Service;
  options: DeliveryOptions;
  onChange: (options: DeliveryOptions) => void;
}) {
  const set = <K extends keyof DeliveryOptions>(key: K, value: DeliveryOptions[K]) =>
    onChange({ ...options, [key]: value });
  const text = (label: string, key: 'tag' | 'group' | 'ttl' | 'messageId', placeholder = '') => (
    <Row label={label}>
      {(id) => (
        <input
          id={id}
          className={input}
          value={options[key]}
          placeholder={placeholder}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Row>
  );
  const check = (label: string, key: 'requestForStatus' | 'suppressPopup') => (
    <label className="col-span-2 flex items-center gap-2 text-sm">
      <input type="checkbox" checked={options[key]} onChange={(e) => set(key, e.target.checked)} />
      {label}
    </label>
  );
  return (
    <fieldset
      aria-label="Delivery options"
      className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1"
    >
      {service === 'mpns' ? (
        <>
          <Row label="Notification class">
            {(id) => (
              <select
                id={id}
                className={input}
                value={options.batch}
                onChange={(e) => set('batch', Number(e.target.value) as 0 | 450 | 900)}
              >
                <option value={0}>Immediate</option>
                <option value={450}>Within 450 s</option>
                <option value={900}>Within 900 s</option>
              </select>
            )}
          </Row>
          {text('Message ID (X-MessageID)', 'messageId', 'uuid, optional')}
        </>
      ) : (
        <>
          {text('Tag (X-WNS-Tag)', 'tag')}
          {text('Group (X-WNS-Group)', 'group')}
          {text('TTL seconds (X-WNS-TTL)', 'ttl')}
          <Row label="Cache policy">
            {(id) => (
              <select
                id={id}
                className={input}
                value={options.cachePolicy}
                onChange={(e) =>
                  set('cachePolicy', e.target.value as DeliveryOptions['cachePolicy'])
                }
              >
                <option value="">(service default)</option>
                <option value="cache">cache</option>
                <option value="no-cache">no-cache</option>
              </select>
            )}
          </Row>
          <Row label="Priority">
            {(id) => (
              <select
                id={id}
                className={input}
                value={options.priority}
                onChange={(e) => set('priority', e.target.value as DeliveryOptions['priority'])}
              >
                <option value="">(none)</option>
                {['1', '2', '3', '4'].map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Row>
          {check('Request for status (X-WNS-RequestForStatus)', 'requestForStatus')}
          {check('Suppress popup (X-WNS-SuppressPopup)', 'suppressPopup')}
        </>
      )}
    </fieldset>
  );
}
