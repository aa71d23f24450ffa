import { describe, expect, it } from 'vitest';
import { installApp } from './apps';
import { dismissBanner } from './banner';
import { receive, tick } from './receive';
import { initialDeviceState } from './state';
import { incoming, phone } from './wns/test-phone';

const toast = (duration = '') =>
  `<toast${duration}><visual><binding template="ToastText01"><text id="1">Hi</text></binding></visual></toast>`;

describe('the banner lives on the virtual clock [S10, S51]', () => {
  it('stays 7 s for a short toast, then leaves with a BannerHidden event', () => {
    const shown = receive(phone(), incoming('wns/toast', toast()), 1000);
    expect(shown.state.banner?.hideAt).toBe(8000);
    expect(tick(shown.state, 7999).events).toEqual([]);
    const later = tick(shown.state, 8000);
    expect(later.state.banner).toBeNull();
    expect(later.state.actionCenter).toHaveLength(1);
    expect(later.events).toEqual([
      { kind: 'BannerHidden', appId: 'app-1', toastId: shown.state.banner!.id, reason: 'timeout' },
    ]);
  });

  it('stays 25 s for a long toast', () => {
    const shown = receive(phone(), incoming('wns/toast', toast(' duration="long"')), 0);
    expect(tick(shown.state, 24_999).state.banner).not.toBeNull();
    expect(tick(shown.state, 25_000).state.banner).toBeNull();
  });

  it('goes at once when the user dismisses it', () => {
    const shown = receive(phone(), incoming('wns/toast', toast()), 0);
    expect(dismissBanner(shown.state).events).toMatchObject([{ reason: 'dismissed' }]);
  });
});

describe('one receive, one settling event', () => {
  it('names the app once for both services when it is not installed', () => {
    const empty = installApp(initialDeviceState(), 'app-2', 'Other');
    const { events } = receive(empty, incoming('wns/toast', toast()), 0);
    expect(events).toMatchObject([
      { kind: 'Dropped', reason: 'the app is not installed (uninstalled)' },
    ]);
  });
});
