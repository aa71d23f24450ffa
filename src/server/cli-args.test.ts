import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, displayHost, openCommand, parseCliArgs } from './cli-args';

const serve = (args: string[], env = {}) => {
  const command = parseCliArgs(args, env);
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${JSON.stringify(command)}`);
  return command.options;
};

describe('parseCliArgs', () => {
  it('serves on loopback port 4173 with no flags, with or without the relay alias', () => {
    expect(serve([])).toEqual({
      port: DEFAULT_PORT,
      open: false,
      headless: false,
      allowedHosts: [],
    });
    expect(serve(['relay'])).toEqual(serve([]));
    expect(DEFAULT_PORT).toBe(4173);
  });

  it.each([
    [['--port', '5000'], 5000],
    [['--port=5001'], 5001],
    [['relay', '--port', '5002'], 5002],
  ])('takes the port from %j', (args, port) => {
    expect(serve(args).port).toBe(port);
  });

  it('falls back to $PORT, and --port wins over it', () => {
    expect(serve([], { PORT: '6000' }).port).toBe(6000);
    expect(serve(['--port', '6001'], { PORT: '6000' }).port).toBe(6001);
  });

  it.each([['--port'], ['--port', 'abc'], ['--port', '0'], ['--port', '70000'], ['--port=4.5']])(
    'refuses %j with a message that says what a port is',
    (...args) => {
      const command = parseCliArgs(args);
      expect(command).toMatchObject({ kind: 'error' });
      expect(command.kind === 'error' && command.message).toMatch(/^--port must be a port number/);
    },
  );

  it('--host alone binds every interface; --host ADDRESS binds that one', () => {
    expect(serve(['--host']).hosts).toEqual(['0.0.0.0']);
    expect(serve(['--host', '--port', '5000'])).toMatchObject({ hosts: ['0.0.0.0'], port: 5000 });
    expect(serve(['--host', '192.168.1.5']).hosts).toEqual(['192.168.1.5']);
    expect(serve(['--host=::']).hosts).toEqual(['::']);
  });

  it('reads --open and --dist', () => {
    expect(serve(['--open', '--dist', 'build'])).toMatchObject({ open: true, dist: 'build' });
  });

  it('reads --headless and --allowed-host (repeatable, lower-cased)', () => {
    expect(serve(['--headless', '--port', '5005'])).toMatchObject({ headless: true, port: 5005 });
    expect(serve(['--allowed-host', 'Box.LAN', '--allowed-host=.dev.test']).allowedHosts).toEqual([
      'box.lan',
      '.dev.test',
    ]);
  });

  it('`tilecast ca` prints the CA and takes nothing else', () => {
    expect(parseCliArgs(['ca'])).toEqual({ kind: 'ca' });
    expect(parseCliArgs(['ca', '--port', '1'])).toMatchObject({ kind: 'error' });
  });

  it.each([['-h'], ['--help'], ['--port', '5000', '--help']])('%j asks for help', (...args) => {
    expect(parseCliArgs(args)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['serve'], 'unexpected argument "serve"'],
    [['--open=yes'], '--open takes no value'],
    [['--dist'], '--dist needs a folder (the built app)'],
    [['--headless', '--open'], '--headless serves no page: it takes neither --open nor --dist'],
    [
      ['--allowed-host', 'a b'],
      '--allowed-host needs a host name (a leading dot allows its subdomains)',
    ],
  ])('refuses %j', (args, message) => {
    expect(parseCliArgs(args)).toEqual({ kind: 'error', message });
  });
});

describe('displayHost', () => {
  it('shows loopback for a wildcard bind and brackets IPv6', () => {
    expect(displayHost(undefined)).toBe('127.0.0.1');
    expect(displayHost(['0.0.0.0'])).toBe('127.0.0.1');
    expect(displayHost(['::'])).toBe('127.0.0.1');
    expect(displayHost(['::1'])).toBe('[::1]');
    expect(displayHost(['10.0.0.2'])).toBe('10.0.0.2');
  });
});

describe('openCommand', () => {
  it('uses each platform’s opener', () => {
    expect(openCommand('linux', 'http://x/')).toEqual(['xdg-open', ['http://x/']]);
    expect(openCommand('darwin', 'http://x/')).toEqual(['open', ['http://x/']]);
    expect(openCommand('win32', 'http://x/?a&b')).toEqual([
      'cmd',
      ['/c', 'start', '""', 'http://x/?a^&b'],
    ]);
  });
});
