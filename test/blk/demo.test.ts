/**
 * The disk demo on an in-process host: blkfront in the guest, blkback in dom0, a raw image in
 * a datastore. A second boot of the guest finds the first run's data.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Host } from '@hvsim/host';
import { Datastore } from '@hvsim/dom0';

const demo = path.resolve(__dirname, '../../images/demo/disk.cfg');
let dir: string;
let host: Host;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-blk-'));
  await new Datastore(dir).create('disk-demo.img', 1 << 20);
  host = await Host.boot({ pcpus: 2, seed: 1, datastore: dir });
});
afterEach(async () => {
  await host.halt();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function runDisk(): Promise<{ out: string; reason: string | null }> {
  const d = await host.create(demo);
  await host.runUntil(() => host.events.some((e) => e.domid === d.domid && e.type === 'shutdown'), '5s');
  const shutdown = host.events.find((e) => e.domid === d.domid && e.type === 'shutdown');
  const out = host.console(d);
  // on_poweroff = destroy: the disk is released when the domain is gone.
  expect(await host.runUntil(() => host.events.some((e) => e.domid === d.domid && e.type === 'destroyed'), '1s')).toBe(true);
  return { out, reason: shutdown?.reason ?? null };
}

test('the disk demo writes, flushes and reads back; its next boot finds the data', async () => {
  const first = await runDisk();
  expect(first.out).toContain('disk: xvda connected: 2048 sectors of 512 bytes\n');
  expect(first.out).toContain('disk: a blank disk: this is run 1\n');
  expect(first.out).toContain('disk: run 1 wrote 200 sectors, flushed, read back: ok\n');
  expect(first.out).toContain('disk: discarded 16 sectors: zeros\n');
  expect(first.out).toContain('disk: a read past the end: refused\n');
  expect(first.reason).toBe('poweroff');
  const image = fs.readFileSync(path.join(dir, 'disk-demo.img'));
  expect(image.subarray(0, 15).toString()).toBe('hvsim-disk-demo');
  expect(image.readUInt32LE(32)).toBe(1);

  const second = await runDisk();
  expect(second.out).toContain("disk: found run 1's data: intact\n");
  expect(second.out).toContain('disk: run 2 done (header flushed)\n');
  expect(fs.readFileSync(path.join(dir, 'disk-demo.img')).readUInt32LE(32)).toBe(2);
});

test('a run with a disk is deterministic: the same consoles and trace hash twice', async () => {
  const once = async (): Promise<{ out: string; hash: string; image: Buffer }> => {
    const d2 = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-blk-'));
    try {
      const h = await Host.boot({ pcpus: 2, seed: 7, datastore: d2 });
      try {
        await h.diskCreate('disk-demo.img', 1 << 20);
        const d = await h.create(demo);
        await h.runUntil(() => h.events.some((e) => e.domid === d.domid && e.type === 'destroyed'), '5s');
        await h.run('1ms');
        return { out: h.console(d), hash: h.traceHash(), image: fs.readFileSync(path.join(d2, 'disk-demo.img')) };
      } finally {
        await h.halt();
      }
    } finally {
      fs.rmSync(d2, { recursive: true, force: true });
    }
  };
  const a = await once();
  const b = await once();
  expect(a.out).toContain('run 1 done');
  expect(b.out).toBe(a.out);
  expect(b.hash).toBe(a.hash);
  expect(b.image.equals(a.image)).toBe(true);
});

test('the embedding API attaches, lists and detaches a disk on a running domain', async () => {
  await host.diskCreate('extra.img', 64 << 10);
  const d = await host.create(path.resolve(__dirname, '../../images/demo/sleeper.cfg'));
  expect(await host.blockAttach(d, 'extra.img,raw,xvdb,ro')).toBe(51728);
  const [vbd] = await host.blockList(d);
  expect(vbd).toMatchObject({ devid: 51728, vdev: 'xvdb', backendId: 0, frontendId: d.domid, state: 1, backendState: 2, access: 'ro', target: 'extra.img' });
  await expect(host.blockAttach(d, 'extra.img,raw,xvdb,ro')).rejects.toThrow(/already attached/);
  await host.blockDetach(d, 'xvdb');
  expect(await host.blockList(d)).toEqual([]);
  await expect(host.diskCreate('extra.img', 4096)).rejects.toThrow(/already exists/);
});
