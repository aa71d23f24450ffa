import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nextFreePort, portInUse, probePort } from './free-port';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** Holds a port on 127.0.0.1, as another program would; the OS picks it. */
async function occupy(port = 0): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return (server.address() as { port: number }).port;
}

describe('free-port', () => {
  it('sees a port another server holds, and names the next free one', async () => {
    const taken = await occupy();
    expect(await probePort(taken, '127.0.0.1')).toBe('in-use');
    expect(await portInUse(taken, ['127.0.0.1', '::1'])).toBe(true);
    const free = await nextFreePort(taken, ['127.0.0.1']);
    expect(free).toBeGreaterThan(taken);
    expect(await probePort(free!, '127.0.0.1')).toBe('free');
  });

  it('skips ports that are also taken', async () => {
    const taken = await occupy();
    if (taken >= 65534) return; // the OS gave the last ports: nothing after them to test
    const next = await occupy(taken + 1).catch(() => undefined);
    const free = await nextFreePort(taken, ['127.0.0.1']);
    expect(free).toBeGreaterThan(next ?? taken);
  });

  it('releases the port it probed', async () => {
    const port = await occupy();
    await new Promise((done) => servers.pop()!.close(done));
    expect(await probePort(port, '127.0.0.1')).toBe('free');
    expect(await probePort(port, '127.0.0.1')).toBe('free');
  });

  it('counts an address the machine lacks as no clash', async () => {
    // TEST-NET-1 (RFC 5737) is never assigned to this machine.
    expect(await probePort(4173, '192.0.2.1')).toBe('unavailable');
  });
});
