// Whether a port can be taken on each address, and the next one that can: `npx tilecast` says
// "Port 4173 is in use; try --port 4174" with a port that really was free a moment ago.
import { createServer } from 'node:net';

export type PortState = 'free' | 'in-use' | 'unavailable';

/** 'unavailable': this machine has no such address (e.g. no IPv6), so nothing can clash there. */
export function probePort(port: number, host: string): Promise<PortState> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve('in-use');
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')
        resolve('unavailable');
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

/** True when some address is taken; addresses the machine lacks do not count. */
export async function portInUse(port: number, hosts: string[]): Promise<boolean> {
  const states = await Promise.all(hosts.map((host) => probePort(port, host)));
  return states.includes('in-use');
}

/** The first port after `port` that is free on every address, or undefined within `tries`. */
export async function nextFreePort(
  port: number,
  hosts: string[],
  tries = 100,
): Promise<number | undefined> {
  for (let candidate = port + 1; candidate <= Math.min(port + tries, 65535); candidate++)
    if (!(await portInUse(candidate, hosts))) return candidate;
  return undefined;
}
