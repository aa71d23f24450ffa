import { useEffect, useMemo, useRef } from 'react';
import { tokenizeXml, tokenLines, type XmlToken, type XmlTokenKind } from '../../../lib/xml-tokens';

/** Where a diagnostic points; `n` changes on every click so the same spot can be revisited. */
export type BodyFocus = { line: number; column?: number; n: number };

const colours: Record<XmlTokenKind, string> = {
  tag: 'text-sky-300',
  attr: 'text-violet-300',
  value: 'text-emerald-300',
  punct: 'text-neutral-500',
  comment: 'text-neutral-500 italic',
  decl: 'text-neutral-400',
  text: 'text-neutral-100',
};

const plainLines = (text: string): XmlToken[][] =>
  text.split('\n').map((line) => (line ? [{ kind: 'text', text: line }] : []));

/**
 * A body with line numbers and XML highlighting, as React text spans (never HTML). A focused
 * line (from a diagnostic) is scrolled into view and marked, with the column shown beside it.
 */
export function BodyView({
  label,
  text,
  xml,
  focus,
}: {
  label: string;
  text: string;
  xml: boolean;
  focus?: BodyFocus;
}) {
  const lines = useMemo(
    () => (xml ? tokenLines(tokenizeXml(text)) : plainLines(text)),
    [text, xml],
  );
  const focused = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const line = focused.current;
    if (!line) return;
    // Scroll only the body and the details pane: scrollIntoView would also move the page.
    const list = line.parentElement!;
    list.scrollTop = line.offsetTop - list.clientHeight / 2;
    const pane = list.closest<HTMLElement>('[data-scroll-pane]');
    if (pane) {
      const top = list.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      if (top < 0 || top + list.clientHeight > pane.clientHeight) pane.scrollTop += top - 40;
    }
  }, [focus]);

  return (
    <ol
      aria-label={label}
      className="relative max-h-72 overflow-auto rounded bg-neutral-950 py-1 font-mono text-xs"
    >
      {lines.map((tokens, i) => {
        const number = i + 1;
        const isFocus = focus?.line === number;
        return (
          <li
            key={i}
            ref={isFocus ? focused : undefined}
            aria-label={`Line ${number}`}
            aria-current={isFocus ? 'location' : undefined}
            className={`flex whitespace-pre-wrap ${isFocus ? 'bg-amber-900/70 outline outline-amber-500' : ''}`}
          >
            <span aria-hidden className="w-8 shrink-0 pr-2 text-right text-neutral-600 select-none">
              {number}
            </span>
            <span className="min-w-0 break-all">
              {tokens.map((t, j) => (
                <span key={j} className={colours[t.kind]}>
                  {t.text}
                </span>
              ))}
              {isFocus && focus.column !== undefined && (
                <span className="ml-2 font-sans text-amber-300">◀ column {focus.column}</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
