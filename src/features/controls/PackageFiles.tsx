import { useId, useState, type DragEvent } from 'react';
import { PACKAGE_FILE_LIMIT } from '../../store';
import { actions, useTilecast } from '../../store/react';

const accept = '.png,.jpg,.jpeg,.gif,.svg';
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * An app's package (`ms-appx:///`): the images a designer added, by drop or by file picker, each
 * with the src that names it and a remove button; and what the last add took or refused.
 */
export function PackageFiles({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  const files = useTilecast((s) => (app ? s.packages[app.name] : undefined));
  const notice = useTilecast((s) => s.packageNotice);
  const [over, setOver] = useState(false);
  const inputId = useId();
  if (!app) return null;
  const add = (list: FileList | null) => {
    if (list?.length) void actions().addPackageFiles(appId, [...list]);
  };
  const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    <section
      aria-label={`${app.name} package`}
      className={`flex flex-col gap-1 rounded border border-dashed p-2 ${over ? 'border-yellow-300 bg-neutral-900' : 'border-neutral-700'}`}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(false);
        add(e.dataTransfer.files);
      }}
    >
      <div className="flex items-center gap-2">
        <h3 className="font-semibold">Package images</h3>
        <label
          htmlFor={inputId}
          className="ml-auto cursor-pointer rounded border border-neutral-600 px-2 py-0.5 focus-within:outline focus-within:outline-2 focus-within:outline-sky-400"
        >
          Add images…
          <input
            id={inputId}
            type="file"
            multiple
            accept={accept}
            aria-label={`Add images to ${app.name}'s package`}
            className="sr-only"
            onChange={(e) => {
              add(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="text-xs text-neutral-500">
        Drop .png, .jpg, .gif or static .svg files here or on the tile (up to{' '}
        {PACKAGE_FILE_LIMIT / 1024 / 1024} MB each); use them as <code>ms-appx:///name</code>.
      </p>
      {files?.length ? (
        <ul aria-label={`Files in ${app.name}'s package`} className="flex flex-col gap-1">
          {files.map((f) => (
            <li key={f.name} className="flex items-center gap-2">
              <img src={f.url} alt="" className="size-6 rounded-sm object-cover" />
              <code className="min-w-0 flex-1 truncate" title={`ms-appx:///${f.name}`}>
                ms-appx:///{f.name}
              </code>
              <span className="text-xs text-neutral-500">{size(f.size)}</span>
              <button
                type="button"
                aria-label={`Remove ${f.name} from ${app.name}'s package`}
                className="px-1 text-neutral-400"
                onClick={() => actions().removePackageFile(appId, f.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-neutral-500">Only the sample assets (ms-appx:///Assets/…).</p>
      )}
      <div role="status" aria-label={`${app.name} package message`}>
        {notice?.app === app.name && (
          <>
            {notice.added.length > 0 && (
              <p className="text-emerald-300">
                Added to {app.name}&apos;s package: {notice.added.join(', ')}.
              </p>
            )}
            {notice.cleaned.length > 0 && (
              <>
                <p className="text-sky-300">Cleaned:</p>
                <ul className="list-disc pl-5 text-sky-300">
                  {notice.cleaned.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {notice.refused.length > 0 && (
              <>
                <p className="text-amber-300">Refused:</p>
                <ul className="list-disc pl-5 text-amber-300">
                  {notice.refused.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
