// Tilecast's own certificate authority, for clients that hard-code https://login.live.com and
// port 443 of the channel hosts: through the CONNECT proxy they meet a certificate for the real
// host name, signed by this CA. The CA is name-constrained to the push hosts (RFC 5280
// §4.2.1.10), so a machine that trusts it cannot be shown any other site by it.
//
// node-forge builds the certificates: it is the one well-kept, dependency-free library that
// writes arbitrary extensions (nameConstraints has no helper anywhere); keys come from Node's
// own crypto, which is fast and native.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { isPushHost, PUSH_HOSTS } from '../protocol/endpoint';

/** The DNS subtrees the CA may vouch for: the WNS token host and every channel host. */
export const PERMITTED_DNS = PUSH_HOSTS.map(({ name }) => name.replace(/^\*\./, ''));

export type CertificateAuthority = {
  /** The CA certificate, PEM: what a client (or a machine) is told to trust. */
  certPem: string;
  /** A certificate and key for one push host, signed by the CA (cached per host). */
  leafFor(host: string): { certPem: string; keyPem: string };
  /** Where the CA lives on disk. */
  dir: string;
};

/** `$TILECAST_HOME`, else `~/.tilecast`. */
export const tilecastHome = (env: NodeJS.ProcessEnv = process.env) =>
  env.TILECAST_HOME || join(homedir(), '.tilecast');

const { asn1 } = forge;
const seq = (items: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const subtree = (base: forge.asn1.Asn1) => seq([base]);

/** nameConstraints: DNS names under the push hosts permitted; every IPv4 and IPv6 excluded. */
function nameConstraints(): forge.asn1.Asn1 {
  const dns = (name: string) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, false, name);
  const ip = (bytes: number) =>
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 7, false, '\0'.repeat(bytes));
  return seq([
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      PERMITTED_DNS.map((n) => subtree(dns(n))),
    ),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [subtree(ip(8)), subtree(ip(32))]),
  ]);
}

const newKeys = () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  return { key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e), keyPem };
};

/** A positive serial number of 16 random bytes, as RFC 5280 asks. */
const serial = () => `7${randomBytes(15).toString('hex')}`;

/** A date `n` days from now, in real time: TLS clients check validity against their own clock. */
// eslint-disable-next-line no-restricted-properties -- certificates live in real time, not the phone's virtual clock
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

function createCa() {
  const { key, publicKey, keyPem } = newKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = days(-1);
  cert.validity.notAfter = days(5 * 365);
  const name = [
    { name: 'commonName', value: 'Tilecast local CA (push hosts only)' },
    { name: 'organizationName', value: 'Tilecast' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { id: '2.5.29.30', critical: true, value: asn1.toDer(nameConstraints()).getBytes() },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem };
}

/**
 * Loads the CA from `dir`, creating it on first use. The private key is written with mode
 * 0600 in a 0700 directory and is never sent anywhere; only the certificate is printed.
 */
export function loadCa(dir = tilecastHome()): CertificateAuthority {
  const certFile = join(dir, 'ca.pem');
  const keyFile = join(dir, 'ca-key.pem');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const made = createCa();
    // Written aside, then renamed: two processes starting at once never pair one's key with
    // the other's certificate (the last rename wins for both files, as a pair).
    const tag = `.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(keyFile + tag, made.keyPem, { mode: 0o600 });
    chmodSync(keyFile + tag, 0o600); // the umask may have taken bits away
    writeFileSync(certFile + tag, made.certPem, { mode: 0o644 });
    renameSync(keyFile + tag, keyFile);
    renameSync(certFile + tag, certFile);
  }
  const certPem = readFileSync(certFile, 'utf8');
  const caCert = forge.pki.certificateFromPem(certPem);
  const caKey = forge.pki.privateKeyFromPem(readFileSync(keyFile, 'utf8'));
  const publicKey = caCert.publicKey as forge.pki.rsa.PublicKey;
  if (publicKey.n.compareTo(caKey.n) !== 0)
    throw new Error(
      `Tilecast's CA in ${dir}: ca.pem and ca-key.pem do not belong together; delete both and start again`,
    );
  // One leaf key for every host: generating RSA keys is the slow part, hosts are few.
  let leafKeys: ReturnType<typeof newKeys> | undefined;
  const leaves = new Map<string, { certPem: string; keyPem: string }>();

  return {
    certPem,
    dir,
    leafFor(host) {
      const known = leaves.get(host);
      if (known) return known;
      // The name constraints would make any other leaf worthless; refuse it outright too.
      if (!isPushHost(host))
        throw new Error(`Tilecast's CA signs for the push hosts only, not ${host}`);
      leafKeys ??= newKeys();
      const cert = forge.pki.createCertificate();
      cert.publicKey = leafKeys.publicKey;
      cert.serialNumber = serial();
      cert.validity.notBefore = days(-1);
      cert.validity.notAfter = days(397); // within what browsers and TLS stacks accept
      cert.setSubject([{ name: 'commonName', value: host }]);
      cert.setIssuer(caCert.subject.attributes);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: host }] },
      ]);
      cert.sign(caKey, forge.md.sha256.create());
      const leaf = { certPem: forge.pki.certificateToPem(cert), keyPem: leafKeys.keyPem };
      leaves.set(host, leaf);
      return leaf;
    },
  };
}

let shared: CertificateAuthority | undefined;
/** The CA in $TILECAST_HOME, loaded (or created) once per process, when first needed. */
export const defaultCa = (): CertificateAuthority => (shared ??= loadCa());
