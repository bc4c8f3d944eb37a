/**
 * End-to-end through the real `hvsim` binary and daemon: disk-create, a domain with a disk,
 * durability across `kill -9` of the daemon after the guest's flush completed, a second
 * daemon on the same datastore finding the data, block-attach / -list / -detach, and the
 * errors xl gives for bad disks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, alive, hvsim, ok, sleep, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(90_000);

const DISK_CFG = path.join(DEMO, 'disk.cfg');
let daemons: Daemon[] = [];

afterEach(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  daemons = [];
});

async function daemon(extra: string[] = []): Promise<Daemon> {
  const d = await startDaemon(extra);
  daemons.push(d);
  return d;
}

const consoleOf = (socket: string, domain: string): Promise<string> => ok(socket, ['console', '--no-follow', domain]);

/** The demo's pattern byte (images/demo/disk.c). */
const pattern = (run: number, s: number, i: number): number => (run * 131 + s * 7 + i * 13 + (i >> 8)) & 0xff;

test('a guest flushes, the daemon is killed -9, and the data is in the image; another daemon finds it', async () => {
  const a = await daemon();
  const image = (await ok(a.socket, ['disk-create', 'disk-demo.img', '1M'])).trim();
  expect(image).toBe(fs.realpathSync(path.join(a.dir, 'run', 'datastore', 'disk-demo.img')));
  const again = await hvsim(a.socket, ['disk-create', 'disk-demo.img', '1M']);
  expect(again.code).not.toBe(0);
  expect(again.stderr).toContain('disk-demo.img already exists');

  await ok(a.socket, ['create', DISK_CFG, 'on_poweroff="preserve"']);
  // The guest prints this only after its flush of the header has completed.
  const out = await until(async () => {
    const t = await consoleOf(a.socket, 'disk');
    return t.includes('run 1 done (header flushed)') ? t : undefined;
  }, 30_000, 'the disk demo');
  process.kill(a.pid, 'SIGKILL');
  for (let i = 0; i < 100 && alive(a.pid); i++) await sleep(20);
  expect(out).toContain('disk: run 1 wrote 200 sectors, flushed, read back: ok');

  const bytes = fs.readFileSync(image);
  expect(bytes.subarray(0, 15).toString()).toBe('hvsim-disk-demo');
  expect(bytes.readUInt32LE(32)).toBe(1);
  for (const s of [1, 88, 89, 200]) for (const i of [0, 255, 511]) expect(bytes[s * 512 + i]).toBe(pattern(1, s, i));

  const b = await daemon(['--datastore', path.dirname(image)]);
  await ok(b.socket, ['create', DISK_CFG, 'on_poweroff="preserve"']);
  const second = await until(async () => {
    const t = await consoleOf(b.socket, 'disk');
    return t.includes('run 2 done') ? t : undefined;
  }, 30_000, 'the second run');
  expect(second).toContain("disk: found run 1's data: intact");
});

test('block-attach, block-list and block-detach on a running domain; bad disks fail create naming file, line and key', async () => {
  const a = await daemon();
  await ok(a.socket, ['disk-create', 'extra.img', '64K']);
  await ok(a.socket, ['create', path.join(DEMO, 'sleeper.cfg')]);
  await ok(a.socket, ['block-attach', 'sleeper', 'format=raw, vdev=xvdb, access=ro, target=extra.img']);
  const listed = await ok(a.socket, ['block-list', 'sleeper']);
  const lines = listed.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^Vdev {2}BE {2}handle state evt-ch ring-ref BE-path/);
  // sleeper has no blkfront: its end stays Initialising, with no ring.
  expect(lines[1]).toMatch(/^51728 0 {3}\d+ +1 {5}-1 {5}-1 {7}\/local\/domain\/0\/backend\/vbd\/\d+\/51728/);
  const dup = await hvsim(a.socket, ['block-attach', 'sleeper', 'format=raw, vdev=xvdb, access=ro, target=extra.img']);
  expect(dup.stderr).toContain('vdev xvdb is already attached');
  await ok(a.socket, ['block-detach', 'sleeper', 'xvdb']);
  expect((await ok(a.socket, ['block-list', 'sleeper'])).trimEnd().split('\n')).toHaveLength(1);

  const bad = async (spec: string): Promise<string> => {
    const r = await hvsim(a.socket, ['create', DISK_CFG, `disk=["${spec}"]`]);
    expect(r.code).not.toBe(0);
    return r.stderr.trim();
  };
  expect(await bad('format=raw, vdev=xvda, target=../escape.img')).toMatch(/command line:1: disk: target "..\/escape.img" is outside the datastore/);
  expect(await bad('format=raw, vdev=xvda, target=missing.img')).toMatch(/command line:1: disk: target "missing.img" does not exist/);
  fs.mkdirSync(path.join(a.dir, 'run', 'datastore', 'dir.img'));
  expect(await bad('format=raw, vdev=xvda, target=dir.img')).toMatch(/disk: target "dir.img" is a directory/);
  fs.symlinkSync('/dev/zero', path.join(a.dir, 'run', 'datastore', 'zero.img'));
  expect(await bad('format=raw, vdev=xvda, target=zero.img')).toMatch(/disk: target "zero.img" leads outside the datastore/);
  expect(await bad('format=qcow2, vdev=xvda, target=extra.img')).toMatch(/command line:1: disk: format "qcow2" is not supported/);

  // Read-write by one domain at most; nothing half-created when refused.
  await ok(a.socket, ['create', '-p', DISK_CFG, 'name="w1"', 'disk=["format=raw, vdev=xvda, access=rw, target=extra.img"]']);
  const busy = await hvsim(a.socket, ['create', '-p', DISK_CFG, 'name="w2"', 'disk=["format=raw, vdev=xvda, access=ro, target=extra.img"]']);
  expect(busy.stderr).toMatch(/disk: .*extra.img is already in use read-write by domain \d+/);
  const names = JSON.parse(await ok(a.socket, ['list', '--json'])) as Array<{ name: string }>;
  expect(names.map((d) => d.name).sort()).toEqual(['Domain-0', 'sleeper', 'w1']);
});
