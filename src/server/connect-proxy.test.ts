import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCa, type CertificateAuthority } from './ca';
import { connectTarget } from './connect-proxy';
import { startHeadless, type Headless } from './headless';

let home: string;
let ca: CertificateAuthority;
let server: Headless;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'tilecast-ca-'));
  ca = loadCa(home);
  server = await startHeadless({ port: 0, ca: () => ca });
});
afterAll(() => server.close());

/** CONNECT through the server, then one HTTPS request in the tunnel, trusting only Tilecast's CA. */
function viaProxy(
  host: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const tunnel = request({ host: '127.0.0.1', port, method: 'CONNECT', path: `${host}:443` });
    tunnel.on('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        return reject(new Error(`CONNECT answered ${response.statusCode}`));
      }
      const tls = connect({ socket, servername: host, ca: ca.certPem }, () => {
        const body = init.body ?? '';
        const headers = {
          Host: host,
          'Content-Length': String(Buffer.byteLength(body)),
          ...init.headers,
        };
        const head = Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('');
        tls.write(
          `${init.method ?? 'POST'} ${path} HTTP/1.1\r\n${head}Connection: close\r\n\r\n${body}`,
        );
      });
      let raw = '';
      tls.on('data', (chunk) => (raw += chunk));
      tls.on('error', reject);
      tls.on('end', () => {
        const [top, ...rest] = raw.split('\r\n\r\n');
        const [status, ...lines] = top!.split('\r\n');
        resolve({
          status: Number(status!.split(' ')[1]),
          headers: Object.fromEntries(
            lines.map((l) => [l.split(':')[0]!.toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
          ),
          body: rest.join('\r\n\r\n'),
        });
      });
    });
    tunnel.on('error', reject);
    tunnel.end();
  });
}

function connectStatus(authority: string): Promise<number> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const tunnel = request({ host: '127.0.0.1', port, method: 'CONNECT', path: authority });
    tunnel.on('connect', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    tunnel.on('error', reject);
    tunnel.end();
  });
}

describe("Tilecast's CA", () => {
  it('is created on first use, with its private key readable by the owner only', () => {
    expect(statSync(join(home, 'ca-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(home, 'ca.pem'), 'utf8')).toBe(ca.certPem);
    // A second start uses the same CA rather than making a new one.
    expect(loadCa(home).certPem).toBe(ca.certPem);
  });

  it('is a CA constrained to the push hosts, with every IP address excluded', () => {
    const cert = forge.pki.certificateFromPem(ca.certPem);
    expect(cert.getExtension('basicConstraints')).toMatchObject({ cA: true, critical: true });
    // nameConstraints has no name in forge; its OID is 2.5.29.30 (the types say number, wrongly).
    const byOid = cert.getExtension({ id: '2.5.29.30' as unknown as number });
    expect(byOid).toMatchObject({ critical: true });
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], {
      input: ca.certPem,
    }).toString();
    expect(text).toMatch(
      /Name Constraints: critical\s+Permitted:\s+DNS:login\.live\.com\s+DNS:notify\.windows\.com\s+DNS:notify\.live\.net\s+Excluded:\s+IP:0\.0\.0\.0\/0\.0\.0\.0\s+IP:0(:0){7}\/0(:0){7}/,
    );
  });

  it('cannot vouch for another site even when its key signs one (name constraints hold)', () => {
    const key = forge.pki.privateKeyFromPem(readFileSync(join(home, 'ca-key.pem'), 'utf8'));
    const issuer = forge.pki.certificateFromPem(ca.certPem);
    const keys = forge.pki.rsa.generateKeyPair(1024);
    const rogue = forge.pki.createCertificate();
    rogue.publicKey = keys.publicKey;
    rogue.serialNumber = '01';
    rogue.validity.notBefore = new Date('2020-01-01');
    rogue.validity.notAfter = new Date('2099-01-01');
    rogue.setSubject([{ name: 'commonName', value: 'bank.example' }]);
    rogue.setIssuer(issuer.subject.attributes);
    rogue.setExtensions([
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'bank.example' }] },
    ]);
    rogue.sign(key, forge.md.sha256.create());
    const dir = mkdtempSync(join(tmpdir(), 'tilecast-rogue-'));
    writeFileSync(join(dir, 'rogue.pem'), forge.pki.certificateToPem(rogue));
    writeFileSync(join(dir, 'leaf.pem'), ca.leafFor('db5.notify.windows.com').certPem);
    const verify = (file: string) => {
      try {
        return execFileSync(
          'openssl',
          ['verify', '-CAfile', join(home, 'ca.pem'), join(dir, file)],
          { stdio: 'pipe' },
        ).toString();
      } catch (failure) {
        return (
          String((failure as { stdout: Buffer }).stdout) +
          String((failure as { stderr: Buffer }).stderr)
        );
      }
    };
    expect(verify('leaf.pem')).toMatch(/: OK/);
    expect(verify('rogue.pem')).toMatch(/permitted subtree violation/);
  });

  it('refuses a key that does not belong to the certificate, saying what to do', () => {
    const other = mkdtempSync(join(tmpdir(), 'tilecast-ca-'));
    loadCa(other);
    writeFileSync(join(other, 'ca-key.pem'), readFileSync(join(home, 'ca-key.pem')));
    expect(() => loadCa(other)).toThrow(/do not belong together; delete both/);
  });

  it('issues leaves for push hosts only', () => {
    expect(() => ca.leafFor('bank.example')).toThrow(/push hosts/);
  });
});

describe('the CONNECT proxy', () => {
  it.each([['login.live.com:443', 'db5.notify.windows.com:443', 'sn1.notify.live.net:443']])(
    'accepts push hosts on 443 only',
    (...allowed) => {
      for (const authority of allowed) expect(connectTarget(authority)).toBeDefined();
      for (const authority of [
        'example.com:443',
        'db5.notify.windows.com:80',
        'login.live.com.evil.test:443',
        '127.0.0.1:443',
        'login.live.com',
      ])
        expect(connectTarget(authority)).toBeUndefined();
    },
  );

  it('gets a token and pushes a toast over real TLS to the real host names', async () => {
    const channel = (await (
      await fetch(`${server.origin}/_tilecast/channels`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ service: 'wns', app: 'Proxied App' }),
      })
    ).json()) as { uri: string; credentials: { clientId: string; clientSecret: string } };
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: channel.credentials.clientId,
      client_secret: channel.credentials.clientSecret,
      scope: 'notify.windows.com',
    }).toString();
    const token = await viaProxy('login.live.com', '/accesstoken.srf', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(token.status).toBe(200);
    const { access_token } = JSON.parse(token.body) as { access_token: string };

    const uri = new URL(channel.uri);
    const push = await viaProxy(uri.hostname, `${uri.pathname}${uri.search}`, {
      headers: {
        Authorization: `Bearer ${access_token}`,
        'X-WNS-Type': 'wns/toast',
        'Content-Type': 'text/xml',
      },
      body: '<toast><visual><binding template="ToastText01"><text id="1">Through the proxy</text></binding></visual></toast>',
    });
    expect(push.status).toBe(200);
    expect(push.headers['x-wns-status']).toBe('received');
    const journal = server.tilecast.journal();
    expect(journal.at(-1)).toMatchObject({ kind: 'request', source: 'relay' });
  });

  it.each(['example.com:443', 'db5.notify.windows.com:80', '127.0.0.1:4173'])(
    'refuses CONNECT %s with 403, never a tunnel',
    async (authority) => {
      expect(await connectStatus(authority)).toBe(403);
    },
  );
});
