/**
 * A live migration between two daemons in this process, with every large frame's memory
 * poisoned the moment it is given back to `largeFrames`: a give-back before the frame's last
 * read (the source's page reads, the stream's chunks on either side of the socket, the
 * destination's page writes) would send or write poison, and the migrated memory would differ
 * from the source's. The memory is reused meanwhile (the test checks it is), so the pages
 * travel through recycled frames.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, connectUnix, type ServiceClient } from '@hvsim/control';
import { startDaemon, type RunningDaemon } from '../../packages/host/src/boot/daemon';
import { DEMO } from '../e2e-helpers';
import { poisonGiveBacks } from './poison-frames';

jest.setTimeout(120_000);

const RAM = 0x8000_0000;
const MIB = 1024 * 1024;
/** Where the pattern goes: RAM the sleeper never touches (its kernel and data lie in the first MiB). */
const PATTERN_AT = RAM + 4 * MIB;
const PATTERN_BYTES = 20 * MIB;

/** Pseudo-random bytes from a seed (xorshift32): pages that are neither zero nor alike. */
function pattern(bytes: number, seed: number): Uint8Array {
  const words = new Uint32Array(bytes / 4);
  let x = seed;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  // A zero page now and then: PAGES records carry those as entries without data.
  for (let page = 7; page < bytes / 4096; page += 61) words.fill(0, page * 1024, page * 1024 + 1024);
  return new Uint8Array(words.buffer);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let dir: string;
const daemons: RunningDaemon[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-frame-reuse-'));
});

afterAll(async () => {
  for (const d of daemons) await d.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function daemon(name: string): Promise<{ d: RunningDaemon; rpc: RpcClient; m: ServiceClient<typeof ManagementService> }> {
  const d = await startDaemon({ socket: path.join(dir, name, 'hvsim.sock'), pace: 'max', log: () => undefined });
  daemons.push(d);
  const rpc = await RpcClient.connect(await connectUnix(d.socket), { name: 'frame-reuse' });
  return { d, rpc, m: rpc.service(ManagementService) };
}

describe('a live migration through recycled frames', () => {
  it('lands the memory the source had, byte for byte, while the frames\' memory is given back and used again', async () => {
    const src = await daemon('src');
    const dst = await daemon('dst');
    const poison = poisonGiveBacks();
    try {
      const { domid } = await src.m.CreateDomain({ config: 'name = "moved"\nkernel = "sleeper.elf"\nmemory = 32\nvcpus = 1\n', configFile: path.join(DEMO, 'moved.cfg'), overrides: [], paused: false });
      const bytes = pattern(PATTERN_BYTES, 0x1234_5678);
      src.d.host.hypervisor.writeGuestMemory(domid, PATTERN_AT, bytes);
      const sent = sha256(bytes);

      const done = await src.m.Migrate({ domain: 'moved', destination: dst.d.socket, live: true });
      expect(done.domid).toBeGreaterThan(0);

      const landed = sha256(dst.d.host.hypervisor.readGuestMemory(done.domid, PATTERN_AT, PATTERN_BYTES));
      expect(landed).toBe(sent);
      // Several frames' worth of memory came back and was used again on the way.
      expect(poison.reused()).toBeGreaterThan(10);
    } finally {
      poison.restore();
      src.rpc.close();
      dst.rpc.close();
    }
  });
});
