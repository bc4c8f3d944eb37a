import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultSocketPath, dial, listenAt, listenUnix, parseAddress, resolveSocketAddress } from '@hvsim/control';

describe('control addresses', () => {
  it('parse unix paths and tcp host:port', () => {
    expect(parseAddress('/run/hvsim.sock')).toEqual({ kind: 'unix', path: '/run/hvsim.sock' });
    expect(parseAddress('unix:rel.sock')).toEqual({ kind: 'unix', path: 'rel.sock' });
    expect(parseAddress('tcp:127.0.0.1:5123')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 5123 });
    expect(parseAddress('tcp:[::1]:0')).toEqual({ kind: 'tcp', host: '::1', port: 0 });
  });

  it('reject malformed ones', () => {
    expect(() => parseAddress('tcp:localhost')).toThrow("bad TCP address 'tcp:localhost'");
    expect(() => parseAddress('tcp:localhost:99999')).toThrow('expected tcp:HOST:PORT');
    expect(() => parseAddress('unix:')).toThrow("bad address 'unix:'");
  });

  it('default to the runtime directory: --socket, else HVSIM_SOCKET, else XDG_RUNTIME_DIR, else tmp', () => {
    expect(resolveSocketAddress('/a.sock', { HVSIM_SOCKET: '/b.sock' })).toBe('/a.sock');
    expect(resolveSocketAddress(undefined, { HVSIM_SOCKET: '/b.sock' })).toBe('/b.sock');
    expect(resolveSocketAddress(undefined, { XDG_RUNTIME_DIR: '/run/user/1000' })).toBe('/run/user/1000/hvsim/control.sock');
    expect(defaultSocketPath({})).toMatch(/hvsim-[^/]+\/control\.sock$/);
  });
});

describe('listenAt / dial', () => {
  it('connects by the address a listener reports', async () => {
    const received: string[] = [];
    const listener = await listenAt('tcp:127.0.0.1:0', (c) =>
      c.start({ data: (d) => received.push(Buffer.from(d).toString()), close: () => undefined }));
    expect(listener.address).toMatch(/^tcp:127\.0\.0\.1:[1-9]\d*$/);
    const conn = await dial(listener.address);
    conn.send(Buffer.from('hi'));
    for (let i = 0; i < 200 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
    expect(received.join('')).toBe('hi');
    conn.close();
    await listener.close();
  });

  it('replaces a stale Unix socket but refuses a live one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-sock-'));
    const sock = path.join(dir, 'control.sock');
    try {
      // A daemon that died without cleaning up leaves its socket file behind.
      spawnSync(process.execPath, ['-e',
        `require('net').createServer().listen(${JSON.stringify(sock)}, () => process.kill(process.pid, 'SIGKILL'))`]);
      expect(fs.existsSync(sock)).toBe(true);
      const listener = await listenUnix(sock, (c) => c.close());
      expect((fs.statSync(sock).mode & 0o777).toString(8)).toBe('600');
      await expect(listenUnix(sock, (c) => c.close())).rejects.toThrow(/EADDRINUSE/);
      await listener.close();
      expect(fs.existsSync(sock)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
