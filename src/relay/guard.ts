// Every request and upgrade handler of the three servers runs inside these guards: a handler
// that throws or rejects answers 500 (or closes a connection already answering) and the server
// goes on. Without them, one rejected promise in a `void`-called middleware ends Node.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { sendText } from './http.ts';

/** Input the server cannot make sense of: answered 400 with the message, not 500. */
export class BadRequest extends Error {}

export type Log = (line: string) => void;

/** Answers what a handler threw: 400 for bad input, 500 for a bug (logged), or hang up. */
export function answerFailure(res: ServerResponse, error: unknown, log: Log): void {
  if (error instanceof BadRequest) return sendText(res, 400, `Bad request: ${error.message}`, true);
  log(`Tilecast relay: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) res.destroy();
  else
    sendText(
      res,
      500,
      'Tilecast hit a bug answering this request; the server keeps running.',
      true,
    );
}

/** A Connect-style middleware that cannot crash its server. */
export function guardMiddleware(
  handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void>,
  log: Log = console.error,
) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    // Sync throws too: Promise.resolve().then would defer them; try covers both.
    try {
      handler(req, res, next).catch((error: unknown) => answerFailure(res, error, log));
    } catch (error) {
      answerFailure(res, error, log);
    }
  };
}

/** Ends an upgrade the server will not take, with a status line the client can read. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** An 'upgrade' listener that cannot crash its server. */
export function guardUpgrade(
  handler: (req: IncomingMessage, socket: Duplex, head: Buffer) => void,
  log: Log = console.error,
) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Node drops its own error listener from upgraded sockets: a reset on one that no listener
    // takes would be an unheard 'error', which ends the process.
    if (socket.listenerCount('error') === 0) socket.on('error', () => socket.destroy());
    try {
      handler(req, socket, head);
    } catch (error) {
      if (error instanceof BadRequest) return refuseUpgrade(socket, 400, 'Bad Request');
      log(
        `Tilecast relay: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      refuseUpgrade(socket, 500, 'Internal Server Error');
    }
  };
}
