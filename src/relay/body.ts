import type { IncomingMessage } from 'node:http';

/** Bodies above this are refused before they reach the page (the services' own limits are far lower). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyLimits = {
  /** Longest pause between two chunks of a body. */
  idleMs: number;
  /** Longest time for a whole body. */
  totalMs: number;
  /** Bodies read at once; the next caller gets 503, so slow senders cannot pin memory. */
  concurrent: number;
};

// A back end on loopback sends a push in milliseconds; these only bound callers that stall.
export const DEFAULT_BODY_LIMITS: BodyLimits = { idleMs: 10_000, totalMs: 30_000, concurrent: 64 };

export type BodyRead =
  | { kind: 'body'; bytes: Uint8Array }
  | { kind: 'tooLarge' }
  | { kind: 'timeout' }
  | { kind: 'busy' }
  /** The caller went away mid-body: nobody is left to answer. */
  | { kind: 'aborted' };

/** Whether the request announces a body at all (a bodiless GET never waits for a slot). */
const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/**
 * Reads request bodies within the limits: at most `concurrent` at once, each within the size and
 * time limits. Never rejects: every way a read can end is a `BodyRead`.
 */
export function bodyReader(limits: BodyLimits = DEFAULT_BODY_LIMITS) {
  let reading = 0;
  return (req: IncomingMessage): Promise<BodyRead> => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
      return Promise.resolve({ kind: 'tooLarge' });
    if (!hasBody(req)) {
      req.resume(); // let 'end' come; there is nothing to keep
      return Promise.resolve({ kind: 'body', bytes: new Uint8Array() });
    }
    if (reading >= limits.concurrent) return Promise.resolve({ kind: 'busy' });
    reading++;
    return new Promise<BodyRead>((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let idle: NodeJS.Timeout;
      const total = setTimeout(() => finish({ kind: 'timeout' }), limits.totalMs);
      const finish = (read: BodyRead) => {
        clearTimeout(idle);
        clearTimeout(total);
        req.off('data', onData).off('end', onEnd).off('aborted', onAbort).off('close', onClose);
        req.off('error', onAbort);
        // Stop taking bytes we will not use; the answer (if any) closes the connection.
        if (read.kind !== 'body') req.pause();
        reading--;
        resolve(read);
      };
      const restartIdle = () => {
        clearTimeout(idle);
        idle = setTimeout(() => finish({ kind: 'timeout' }), limits.idleMs);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) return finish({ kind: 'tooLarge' });
        chunks.push(chunk);
        restartIdle();
      };
      const onEnd = () => finish({ kind: 'body', bytes: new Uint8Array(Buffer.concat(chunks)) });
      const onAbort = () => finish({ kind: 'aborted' });
      // 'close' before 'end' is a caller that hung up (Node emits it after 'end' otherwise).
      const onClose = () => {
        if (!req.complete) onAbort();
      };
      req.on('data', onData).on('end', onEnd).on('aborted', onAbort).on('close', onClose);
      req.on('error', onAbort);
      restartIdle();
    });
  };
}
