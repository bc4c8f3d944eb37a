import { parseDuration } from '../src/duration';
import { parseDomainRef } from '../src/domain-ref';
import { daemonFiles, parseTcpAddress, prepareSocketDir, resolveSocketPath } from '../src/socket-path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

describe('durations', () => {
  it('reads units into integer ns', () => {
    expect(parseDuration('50ms')).toBe(50_000_000);
    expect(parseDuration('1.5s')).toBe(1_500_000_000);
    expect(parseDuration('200us')).toBe(200_000);
    expect(parseDuration('7')).toBe(7);
    expect(parseDuration(12)).toBe(12);
  });
  it('rejects nonsense', () => {
    expect(() => parseDuration('fast')).toThrow(/bad duration/);
    expect(() => parseDuration(-1)).toThrow(/bad duration/);
    expect(() => parseDuration('5 parsecs')).toThrow(/bad duration/);
  });
});

describe('domain references', () => {
  it('takes digits as a domid and anything else as a name, like xl', () => {
    expect(parseDomainRef('0')).toEqual({ domid: 0 });
    expect(parseDomainRef(12)).toEqual({ domid: 12 });
    expect(parseDomainRef('hello')).toEqual({ name: 'hello' });
    expect(parseDomainRef('web-1')).toEqual({ name: 'web-1' });
    expect(() => parseDomainRef('99999')).toThrow(/bad domain id/);
  });
});

describe('socket path rules', () => {
  it('prefers --socket, then HVSIM_SOCKET, then XDG_RUNTIME_DIR, then /tmp/hvsim-UID', () => {
    expect(resolveSocketPath('/x/a.sock', { HVSIM_SOCKET: '/y/b.sock' }, 5)).toBe('/x/a.sock');
    expect(resolveSocketPath(undefined, { HVSIM_SOCKET: '/y/b.sock', XDG_RUNTIME_DIR: '/run/user/5' }, 5)).toBe('/y/b.sock');
    expect(resolveSocketPath(undefined, { XDG_RUNTIME_DIR: '/run/user/5' }, 5)).toBe('/run/user/5/hvsim/hvsim.sock');
    expect(resolveSocketPath(undefined, {}, 1000)).toBe('/tmp/hvsim-1000/hvsim.sock');
  });

  it('creates the directory with mode 0700 and leaves the mode of one that exists alone', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-sock-'));
    try {
      const sock = path.join(base, 'run', 'hvsim.sock');
      prepareSocketDir(sock);
      expect(fs.statSync(path.dirname(sock)).mode & 0o777).toBe(0o700);
      fs.chmodSync(path.dirname(sock), 0o755);
      prepareSocketDir(sock);
      expect(fs.statSync(path.dirname(sock)).mode & 0o777).toBe(0o755);
      const shared = path.join(base, 'shared');
      fs.mkdirSync(shared);
      fs.chmodSync(shared, 0o1777);
      prepareSocketDir(path.join(shared, 'x.sock'));
      expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  it('derives the xenstored socket and the log from the socket name', () => {
    expect(daemonFiles('/d/hvsim.sock')).toEqual({ socket: '/d/hvsim.sock', xenstoreSocket: '/d/xenstored.sock', logFile: '/d/hvsim.log' });
    expect(daemonFiles('/d/x.sock')).toEqual({ socket: '/d/x.sock', xenstoreSocket: '/d/x.xenstored.sock', logFile: '/d/x.log' });
    expect(daemonFiles('/d/ctl')).toEqual({ socket: '/d/ctl', xenstoreSocket: '/d/ctl.xenstored.sock', logFile: '/d/ctl.log' });
  });

  it('parses --tcp addresses', () => {
    expect(parseTcpAddress('127.0.0.1:7000')).toEqual({ host: '127.0.0.1', port: 7000 });
    expect(parseTcpAddress('[::1]:7000')).toEqual({ host: '::1', port: 7000 });
    expect(parseTcpAddress(':7000')).toEqual({ host: '127.0.0.1', port: 7000 });
    expect(() => parseTcpAddress('localhost')).toThrow(/bad --tcp/);
    expect(() => parseTcpAddress('h:70000')).toThrow(/bad --tcp port/);
  });
});
