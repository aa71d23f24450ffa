import type { MouseEvent } from 'react';
import { SEND_ID } from '../features/composer/ids';
import type { Panel } from './PanelTabs';

const link =
  'sr-only rounded bg-sky-700 px-3 py-1 text-sm font-semibold focus:not-sr-only focus:absolute focus:z-50 focus:m-2';

/**
 * Skip links, first in the tab order: Send is two key presses from load (Tab, Enter) however
 * many controls the phone column has. Each shows its panel first when the layout has tabs.
 */
export function SkipLinks({ onShow }: { onShow: (panel: Panel) => void }) {
  const go = (e: MouseEvent, target: string, panel?: Panel, fallback?: string) => {
    e.preventDefault();
    if (panel) onShow(panel);
    // After the panel shows: a hidden element cannot take focus.
    requestAnimationFrame(() => {
      const el =
        document.getElementById(target) ?? (fallback ? document.getElementById(fallback) : null);
      el?.focus();
      el?.scrollIntoView({ block: 'nearest' });
    });
  };
  return (
    <nav aria-label="Skip links">
      <a
        href={`#${SEND_ID}`}
        className={link}
        onClick={(e) => go(e, SEND_ID, 'composer', 'composer-panel')}
      >
        Skip to Send
      </a>
      <a
        href="#composer-panel"
        className={link}
        onClick={(e) => go(e, 'composer-panel', 'composer')}
      >
        Skip to composer
      </a>
      <a href="#journal-panel" className={link} onClick={(e) => go(e, 'journal-panel', 'journal')}>
        Skip to journal
      </a>
      <a href="#phone-column" className={link} onClick={(e) => go(e, 'phone-column')}>
        Skip to phone
      </a>
    </nav>
  );
}
