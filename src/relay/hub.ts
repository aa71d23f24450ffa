import type { WebSocket } from 'ws';
import {
  decodeBase64,
  parseTunnelMessage,
  type Header,
  type TunnelRequest,
  type TunnelResponse,
  type TunnelStatus,
} from '../protocol/tunnel.ts';
import { answerProblem } from '../protocol/tunnel-answer.ts';
import { claimsFrom, noClaims, ownedBy, routeTo, type Claims } from './ownership.ts';

/** What came back for one tunnelled request. */
export type HubResult =
  | { kind: 'answer'; status: number; statusText: string; headers: Header[]; body: Uint8Array }
  /** The page answered with something that is not an HTTP response (the reason says what). */
  | { kind: 'badAnswer'; problem: string }
  | { kind: 'noPage' }
  | { kind: 'timeout' }
  | { kind: 'pageGone' };

type Pending = { page: WebSocket; finish: (result: HubResult) => void };

/** What a page last claimed, with the `seq` of that claims message (echoed in its status). */
type PageClaims = { seq: number; claims: Claims };

/**
 * The emulator pages connected to this relay. Each request goes to the page that claims its
 * channel or its app's credentials (ownership.ts); the rest go to the active phone: the first
 * to connect, until it leaves or another page asks to be it. Requests are correlated by id, so
 * any number may be in flight at once.
 */
export class RelayHub {
  private pages: WebSocket[] = [];
  private active: WebSocket | undefined;
  private claims = new Map<WebSocket, PageClaims>();
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly timeoutMs = 10_000) {}

  get pageCount(): number {
    return this.pages.length;
  }

  attach(page: WebSocket): void {
    this.pages.push(page);
    this.active ??= page;
    page.on('message', (data) => this.onMessage(page, String(data)));
    page.on('close', () => this.detach(page));
    // A frame past maxPayload or a broken frame: ws emits 'error', and unheard it would end Node.
    page.on('error', () => page.terminate());
    this.broadcastStatus();
  }

  /** Sends a request to the page that owns it (else the active page) and waits for its answer. */
  forward(request: Omit<TunnelRequest, 'type' | 'id'>): Promise<HubResult> {
    const owned = ownedBy(request.url, () => new TextDecoder().decode(decodeBase64(request.body)));
    const page = routeTo(
      this.pages.map((p) => ({ page: p, claims: this.claims.get(p)?.claims ?? noClaims })),
      this.active,
      owned,
    );
    if (!page) return Promise.resolve({ kind: 'noPage' });
    const id = this.nextId++;
    return new Promise<HubResult>((resolve) => {
      const timer = setTimeout(() => finish({ kind: 'timeout' }), this.timeoutMs);
      const finish = (result: HubResult) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(result);
      };
      this.pending.set(id, { page, finish });
      page.send(JSON.stringify({ type: 'request', id, ...request } satisfies TunnelRequest));
    });
  }

  close(): void {
    for (const { finish } of this.pending.values()) finish({ kind: 'pageGone' });
    for (const page of this.pages) page.terminate();
    this.pages = [];
    this.claims.clear();
    this.active = undefined;
  }

  private onMessage(page: WebSocket, text: string): void {
    const message = parseTunnelMessage(text);
    if (message?.type === 'activate') {
      this.active = page;
      this.broadcastStatus();
    } else if (message?.type === 'claims') {
      this.claims.set(page, { seq: message.seq, claims: claimsFrom(message) });
      // Only this page's status changed: the acknowledgement it waits for before it reports a
      // new channel as reachable.
      this.sendStatus(page);
    } else if (message?.type === 'response') {
      const pending = this.pending.get(message.id);
      // Only the page a request went to may answer it.
      if (pending && pending.page === page) pending.finish(hubResultOf(message));
    } else if (message === undefined) {
      // An answer that fails the tunnel's shape (status as text, headers as an object…):
      // fail its request now rather than leave the caller waiting for the timeout.
      const id = malformedAnswerId(text);
      const pending = id === undefined ? undefined : this.pending.get(id);
      if (pending && pending.page === page)
        pending.finish({ kind: 'badAnswer', problem: 'it does not have the shape of an answer' });
    }
  }

  private detach(page: WebSocket): void {
    this.pages = this.pages.filter((p) => p !== page);
    this.claims.delete(page);
    if (this.active === page) this.active = this.pages[0];
    for (const { page: target, finish } of [...this.pending.values()])
      if (target === page) finish({ kind: 'pageGone' });
    this.broadcastStatus();
  }

  private broadcastStatus(): void {
    for (const page of this.pages) this.sendStatus(page);
  }

  private sendStatus(page: WebSocket): void {
    const held = this.claims.get(page);
    const status: TunnelStatus = {
      type: 'status',
      active: page === this.active,
      pages: this.pages.length,
      ...(held && {
        claims: {
          seq: held.seq,
          channels: held.claims.channels.size,
          clients: held.claims.clients.size,
        },
      }),
    };
    page.send(JSON.stringify(status));
  }
}

/** A page's answer as the relay writes it, or why it cannot be written. */
export function hubResultOf(message: TunnelResponse): HubResult {
  const problem = answerProblem(message);
  if (problem) return { kind: 'badAnswer', problem };
  return {
    kind: 'answer',
    status: message.status,
    statusText: message.statusText,
    headers: message.headers,
    body: decodeBase64(message.body),
  };
}

/** The id of a message that says it is an answer but failed the tunnel's shape. */
function malformedAnswerId(text: string): number | undefined {
  try {
    const value = JSON.parse(text) as { type?: unknown; id?: unknown } | null;
    return value?.type === 'response' && typeof value.id === 'number' ? value.id : undefined;
  } catch {
    return undefined;
  }
}
