import type { RelayStatus } from '../../store';

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** The relay's state in one line, as the composer's header shows it. */
export function relayHeadline(relay: RelayStatus): string {
  if (relay.state === 'connecting') return 'Relay: connecting…';
  if (relay.state === 'unavailable') return 'Relay: not available (in-page pushes only)';
  return relay.active
    ? 'Relay: this tab is the active phone'
    : 'Relay: another tab is the active phone';
}

/** "pushes to its 2 channels and token requests for its 1 app"; undefined when it owns nothing. */
function owned(channels: number, apps: number): string | undefined {
  const parts = [
    channels > 0 ? `pushes to its ${count(channels, 'channel')}` : undefined,
    apps > 0 ? `token requests for its ${count(apps, 'app')}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : undefined;
}

/**
 * What back ends reach this tab for, in words: which tabs share the relay, what this one
 * answers (its channels, and token requests with its apps' credentials), and who answers the
 * rest. Undefined until the relay is connected.
 */
export function relayShare(relay: RelayStatus): string | undefined {
  if (relay.state !== 'connected') return undefined;
  if (relay.pages <= 1) return 'Only this tab uses the relay: it answers every request sent there.';
  const mine = owned(relay.claims.channels.length, relay.claims.clients.length);
  const own = mine ? `this tab answers ${mine}` : 'this tab owns no channels or apps yet';
  const rest = relay.active
    ? 'It also answers requests for channels no tab owns.'
    : 'Requests for channels no tab owns go to the active phone.';
  return `${relay.pages} emulator tabs share this relay; ${own}. ${rest}`;
}
