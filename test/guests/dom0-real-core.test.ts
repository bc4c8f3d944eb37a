/**
 * dom0 on the real core: the CLI's boot loader joins @hvsim/hypervisor and @hvsim/dom0 over
 * DomctlService; real guest images from images/demo run end to end through dom0's builder,
 * console backend and on_* actions.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, inProcessPair } from '@hvsim/control';
import type { ServiceClient } from '@hvsim/control';
import { loadElf } from '@hvsim/riscv';
import { bootHost, type BootedHost } from '../../packages/host/src/boot/host';

const DEMO = path.join(__dirname, '../../images/demo');
const MS = 1_000_000;

interface Rig {
  host: BootedHost;
  mgmt: ServiceClient<typeof ManagementService>;
  dir: string;
  client: RpcClient;
}

async function boot(): Promise<Rig> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-dom0-e2e-'));
  const host = await bootHost({ memoryMb: 256, logDir: path.join(dir, 'log'), dumpDir: path.join(dir, 'dump') });
  const [clientEnd, serverEnd] = inProcessPair();
  host.dom0.createManagementServer().accept(serverEnd);
  const client = await RpcClient.connect(clientEnd, { name: 'e2e' });
  return { host, mgmt: client.service(ManagementService), dir, client };
}

/** Runs virtual time in 1 ms steps, letting dom0 react between them, until `done` or `limitMs`.
 *  As the embedding API does, no virtual time passes while dom0 waits for the host's disk (a
 *  core dump's fsync), so how fast the disk is does not decide the outcome. */
async function runUntil(rig: Rig, done: () => boolean | Promise<boolean>, limitMs = 200): Promise<void> {
  for (let i = 0; i < limitMs; i++) {
    if (await done()) return;
    rig.host.machine.runUntil(rig.host.machine.now() + MS);
    for (let k = 0; k < 10; k++) await new Promise((r) => setImmediate(r));
    while (rig.host.dom0.hostIo.busy) {
      await rig.host.dom0.hostIo.idle();
      await new Promise((r) => setImmediate(r));
    }
  }
  throw new Error(`not done after ${limitMs} ms of virtual time`);
}

async function createFrom(rig: Rig, cfg: string, overrides: string[] = []): Promise<number> {
  const file = path.join(DEMO, cfg);
  return (await rig.mgmt.CreateDomain({ config: fs.readFileSync(file, 'utf8'), configFile: file, overrides })).domid;
}

async function names(rig: Rig): Promise<string[]> {
  return (await rig.mgmt.ListDomains({ domains: [] })).domains.map((d) => d.name);
}

describe('dom0 on the real core', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await boot();
  });
  afterEach(async () => {
    rig.client.close();
    await rig.host.shutdown();
    fs.rmSync(rig.dir, { recursive: true, force: true });
  });

  it('builds hello.elf, shows its console, and destroys it on poweroff', async () => {
    // dom0 takes its console and xenstore events from FIFO queues (2^17 ports, not 4,096).
    expect(rig.host.hypervisor.evtchnAbi(0)).toBe('fifo');
    const freeBefore = (await rig.mgmt.Physinfo({})).physinfo!.freePages;
    const domid = await createFrom(rig, 'hello.cfg', ['cmdline="from the test"']);
    await runUntil(rig, async () => !(await names(rig)).includes('hello'));
    const log = fs.readFileSync(path.join(rig.dir, 'log', 'guest-hello.log'), 'utf8');
    expect(log).toContain(`Hello from domain ${domid}!`);
    expect(log).toContain('1024 pages of RAM, command line "from the test"');
    expect((await rig.mgmt.Physinfo({})).physinfo!.freePages).toBe(freeBefore);
    // dom0's work was charged to it.
    expect(rig.host.dom0.costs().totalNs).toBeGreaterThan(0);
  });

  it('hands a kernel its .bss zeroed, also on frames another domain left dirty', async () => {
    // The SDK's startup relies on this (it does not clear .bss), as Xen's PV kernels may rely
    // on the ELF loader zero-filling p_memsz beyond p_filesz.
    const hv = rig.host.hypervisor;
    const dirty = await createFrom(rig, 'hello.cfg', ['name="dirty"', 'memory=64']);
    const ramBase = 0x8000_0000;
    for (let off = 0; off < 64 * 1024 * 1024; off += 1 << 20) hv.writeGuestMemory(dirty, ramBase + off, new Uint8Array(1 << 20).fill(0xa5));
    await rig.mgmt.DestroyDomain({ domain: 'dirty' });

    const file = path.join(DEMO, 'hello.cfg');
    const domid = (await rig.mgmt.CreateDomain({ config: fs.readFileSync(file, 'utf8'), configFile: file, paused: true })).domid;
    const bss = loadElf(fs.readFileSync(path.join(DEMO, 'hello.elf'))).segments.filter((s) => s.memsz > s.data.length);
    expect(bss.length).toBeGreaterThan(0);
    for (const seg of bss) {
      const tail = hv.readGuestMemory(domid, seg.paddr + seg.data.length, seg.memsz - seg.data.length);
      expect(tail.every((b) => b === 0)).toBe(true);
    }
  });

  it('honours on_crash = "coredump-destroy" for a guest that faults', async () => {
    const domid = await createFrom(rig, 'crash.cfg', ['on_crash="coredump-destroy"']);
    await runUntil(rig, async () => !(await names(rig)).includes('crash'));
    const core = path.join(rig.dir, 'dump', `crash.${domid}.core`);
    const b = fs.readFileSync(core);
    expect(b.readUInt16LE(16)).toBe(4); // ET_CORE
    expect(b.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(fs.readFileSync(path.join(rig.dir, 'log', 'guest-crash.log'), 'utf8')).toContain('crash: about to store to');
  });

  it('saves durably before destroying: a save that cannot be persisted leaves the domain running, or paused for -p', async () => {
    await createFrom(rig, 'sleeper.cfg');
    const paused = async (): Promise<boolean> => (await rig.mgmt.GetDomainInfo({ domain: 'sleeper' })).domain!.info!.paused;
    const fail = async (): Promise<void> => {
      throw new Error('disk full');
    };
    await expect(rig.host.dom0.toolstack.save('sleeper', 'destroy', fail)).rejects.toThrow('disk full');
    expect(await paused()).toBe(false);
    await expect(rig.host.dom0.toolstack.save('sleeper', 'running', fail)).rejects.toThrow('disk full');
    expect(await paused()).toBe(false);
    await expect(rig.host.dom0.toolstack.save('sleeper', 'paused', fail)).rejects.toThrow('disk full');
    expect(await paused()).toBe(true);
    await rig.mgmt.UnpauseDomain({ domain: 'sleeper' });
    let existedWhilePersisting = false;
    await rig.host.dom0.toolstack.save('sleeper', 'destroy', async () => {
      existedWhilePersisting = (await names(rig)).includes('sleeper');
    });
    expect(existedWhilePersisting).toBe(true);
    expect(await names(rig)).toEqual(['Domain-0']);
  });

  it('keeps a crashed domain with on_crash = "preserve" until it is destroyed', async () => {
    const domid = await createFrom(rig, 'crash.cfg', ['on_crash="preserve"', 'name="keep"']);
    await runUntil(rig, async () => (await rig.mgmt.GetDomainInfo({ domain: 'keep' })).domain!.info!.crashed);
    expect(await names(rig)).toEqual(['Domain-0', 'keep']);
    await rig.mgmt.DestroyDomain({ domain: String(domid) });
    expect(await names(rig)).toEqual(['Domain-0']);
  });

  it('reboots a running domain into a new domid (on_reboot = "restart"), and shuts down with -w', async () => {
    const first = await createFrom(rig, 'spin.cfg');
    await runUntil(rig, async () => (await rig.mgmt.GetDomainInfo({ domain: 'spin' })).domain!.info!.cpuTimeNs > 0);
    await rig.mgmt.RebootDomain({ domain: 'spin', wait: true });
    await runUntil(rig, async () => (await rig.mgmt.DomainId({ name: 'spin' }).catch(() => ({ domid: first }))).domid !== first);
    const second = (await rig.mgmt.DomainId({ name: 'spin' })).domid;
    expect(second).toBeGreaterThan(first);
    await rig.mgmt.ShutdownDomain({ domain: 'spin', wait: true });
    await runUntil(rig, async () => (await names(rig)).length === 1);
    expect(await names(rig)).toEqual(['Domain-0']);
  });
});
