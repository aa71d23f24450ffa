import { diffHeaders, diffLines } from '../../lib/line-diff';
import type { RequestEntry } from '../../store';
import { Card } from './details/Card';

const mark = { same: ' ', removed: '−', added: '+' } as const;
const tone = {
  same: '',
  removed: 'bg-red-950 text-red-200',
  added: 'bg-emerald-950 text-emerald-200',
};

/** Two requests side by side: which headers differ, and a line diff of the payloads. */
export function ComparePane({
  a,
  b,
  onClose,
}: {
  a: RequestEntry;
  b: RequestEntry;
  onClose(): void;
}) {
  const headers = diffHeaders(a.request.headers, b.request.headers);
  const body = diffLines(a.request.body, b.request.body);
  return (
    <div
      aria-label="Compare entries"
      className="flex min-h-0 flex-col gap-2 overflow-y-auto text-sm"
    >
      <div className="flex items-center gap-2 text-xs">
        <span>
          A: {a.id} ({a.type} {a.response.status}) · B: {b.id} ({b.type} {b.response.status})
        </span>
        <button
          type="button"
          className="ml-auto rounded border border-neutral-700 px-2"
          onClick={onClose}
        >
          Close compare
        </button>
      </div>
      <Card title="Header differences">
        <table className="w-full table-fixed font-mono text-xs">
          <thead className="text-neutral-400">
            <tr>
              <th className="w-32 text-left">name</th>
              <th className="text-left">A</th>
              <th className="text-left">B</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((h) => (
              <tr key={h.name} className={h.same ? 'text-neutral-500' : 'text-amber-200'}>
                <td className="pr-2 align-top">{h.name}</td>
                <td className="pr-2 align-top break-all">{h.a ?? '—'}</td>
                <td className="align-top break-all">{h.b ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Payload differences">
        <ol aria-label="Payload diff" className="max-h-72 overflow-auto font-mono text-xs">
          {body.map((line, i) => (
            <li key={i} className={`whitespace-pre-wrap ${tone[line.op]}`}>
              <span aria-hidden className="mr-2 text-neutral-500">
                {mark[line.op]}
              </span>
              <span className="sr-only">{line.op === 'same' ? '' : `${line.op}: `}</span>
              {line.text}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
