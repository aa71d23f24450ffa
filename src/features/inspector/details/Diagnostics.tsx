import type { Diagnostic } from '../../../protocol/types';
import { Card } from './Card';

/** The entry's findings; one with a position jumps to it in the body when clicked. */
export function Diagnostics({
  diagnostics,
  onJump,
}: {
  diagnostics: Diagnostic[];
  onJump(d: Diagnostic): void;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <Card title="Diagnostics">
      <ul className="flex flex-col gap-1 text-xs">
        {diagnostics.map((d, i) => {
          const where = d.line ? `line ${d.line}, column ${d.column ?? 1}` : '';
          const text = (
            <>
              <span className={d.severity === 'error' ? 'text-red-400' : 'text-amber-400'}>
                {d.severity}
              </span>{' '}
              <code className="text-neutral-400">{d.rule}</code> {d.message}
              {where && <span className="text-neutral-400"> ({where})</span>}
            </>
          );
          return (
            <li key={i}>
              {d.line ? (
                <button
                  type="button"
                  onClick={() => onJump(d)}
                  className="text-left hover:underline"
                  aria-label={`Go to ${where}: ${d.message}`}
                >
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
