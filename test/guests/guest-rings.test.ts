/**
 * The guest SDK's xenstore client and console-ring driver (images/sdk/src/xenstore.c,
 * console_ring.c) and the demo kernels built on them (xsinfo, pingpong), run on the real core
 * against dom0's real xenstored.
 *
 * RingHost below plays the part of dom0's ring plumbing in a few lines — build the domain,
 * bind the store and console ports, move the ring pages between guest memory and xenstored /
 * a console buffer whenever the guest kicks — so the guest side is tested on its own. The
 * full path through the toolstack is covered once dom0 serves the rings itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  HVSIM_GUEST_RAM_BASE, HVSIM_PAGE_SIZE, HVSIM_START_INFO_MAGIC, START_INFO, XENCONS_INTERFACE,
  SHUTDOWN_poweroff, SHUTDOWN_reboot, encodeStruct, writeCString,
} from '@hvsim/abi';
import { Xenstored, XenstoreRingConnection } from '@hvsim/dom0';
import { Hypervisor } from '@hvsim/hypervisor';
import { loadElf } from '@hvsim/riscv';

const DEMO = path.join(__dirname, '../../images/demo');
const MEMORY_MB = 4;
const PAGES = (MEMORY_MB * 1024 * 1024) / HVSIM_PAGE_SIZE;
const FIRST_GFN = HVSIM_GUEST_RAM_BASE / HVSIM_PAGE_SIZE;
const C = XENCONS_INTERFACE.f;
const OUT_SIZE = C.out.size;
const IN_SIZE = C.in.size;

interface Guest {
  domid: number;
  storeGpa: number;
  consoleGpa: number;
  /** dom0's ends of the two channels. */
  storeLocal: number;
  consoleLocal: number;
  ring: XenstoreRingConnection;
  storePage: Uint8Array;
  output: string;
  pendingInput: number[];
}

class RingHost {
  readonly hv = new Hypervisor({ pcpus: 2, memoryBytes: 256 * 1024 * 1024, seed: 1 });
  private readonly deliveries: Array<() => void> = [];
  readonly xenstored = new Xenstored({ scheduleDelivery: (run) => this.deliveries.push(run) });
  readonly guests: Guest[] = [];
  private readonly kicked = new Set<number>();

  constructor() {
    this.hv.createDomain({ domid: 0, memoryKb: 16 * 1024, privileged: true, hostKernel: true });
    this.hv.unpauseDomain(0);
    this.hv.onHostEvent((_domid, port) => this.kicked.add(port));
    this.xenstored.mkdir('/local/domain');
  }

  /** What libxl's domain builder and libxl__domain_make do, reduced to what a PV guest sees. */
  create(name: string, kernel: string, cmdline = ''): Guest {
    const domid = this.hv.createDomain({ memoryKb: MEMORY_MB * 1024, maxVcpus: 1 });
    const top = FIRST_GFN + PAGES;
    this.hv.setSharedInfo(domid, (top + 1) * HVSIM_PAGE_SIZE);
    const image = loadElf(fs.readFileSync(path.join(DEMO, kernel)));
    for (const seg of image.segments) this.hv.writeGuestMemory(domid, seg.paddr, seg.data);
    const [consoleGpa, storeGpa, startInfoGpa] = [top - 1, top - 2, top - 3].map((g) => g * HVSIM_PAGE_SIZE);
    const consolePort = this.hv.evtchnAllocUnbound(domid, 0);
    const storePort = this.hv.evtchnAllocUnbound(domid, 0);
    const si = new Uint8Array(START_INFO.size);
    writeCString(si, START_INFO.f.magic.offset, START_INFO.f.magic.size, HVSIM_START_INFO_MAGIC);
    encodeStruct(START_INFO, {
      nr_pages: PAGES, shared_info: (top + 1) * HVSIM_PAGE_SIZE, flags: 0,
      store_mfn: storeGpa / HVSIM_PAGE_SIZE, store_evtchn: storePort,
      'console.domU.mfn': consoleGpa / HVSIM_PAGE_SIZE, 'console.domU.evtchn': consolePort, domid,
    }, si);
    si.set(Buffer.from(cmdline), START_INFO.f.cmd_line.offset);
    this.hv.writeGuestMemory(domid, startInfoGpa, si);

    const home = `/local/domain/${domid}`;
    const xs = this.xenstored;
    const ro = [{ domid: 0, perm: 'n' as const }, { domid, perm: 'r' as const }];
    const rw = [{ domid, perm: 'n' as const }];
    for (const [node, value, perms] of [
      [home, '', ro], [`${home}/name`, name, ro], [`${home}/domid`, String(domid), ro],
      [`${home}/memory`, '', ro], [`${home}/memory/target`, String(MEMORY_MB * 1024), ro],
      [`${home}/control`, '', ro], [`${home}/control/shutdown`, '', rw], [`${home}/data`, '', rw],
    ] as const) {
      xs.write(node, value);
      xs.setPerms(node, [...perms]);
    }

    const storeLocal = this.hv.evtchnBindInterdomain(0, domid, storePort);
    const consoleLocal = this.hv.evtchnBindInterdomain(0, domid, consolePort);
    const storePage = new Uint8Array(HVSIM_PAGE_SIZE);
    const guest: Guest = {
      domid, storeGpa, consoleGpa, storeLocal, consoleLocal, storePage, output: '', pendingInput: [],
      ring: new XenstoreRingConnection(xs, domid, storePage, () => this.hv.evtchnSend(0, storeLocal)),
    };
    xs.introduceDomain(domid, storeGpa / HVSIM_PAGE_SIZE, storePort);
    this.guests.push(guest);
    this.hv.bootVcpu(domid, 0, { entry: image.entry, arg: startInfoGpa });
    this.hv.unpauseDomain(domid);
    return guest;
  }

  /** Runs virtual time in 50 µs steps, serving the rings between steps. */
  run(ns: number, until: () => boolean = () => false): void {
    const end = this.hv.now() + ns;
    while (this.hv.now() < end && !until()) {
      this.hv.runFor(50_000);
      this.serve();
    }
  }

  typeInto(guest: Guest, text: string): void {
    guest.pendingInput.push(...Buffer.from(text));
  }

  private alive(g: Guest): boolean {
    const info = this.hv.listDomains().find((d) => d.domid === g.domid);
    return info !== undefined && info.shutdownReason === null;
  }

  private serve(): void {
    const ports = new Set([...this.kicked, ...this.hv.takeEvents(0)]);
    this.kicked.clear();
    for (const g of this.guests) this.serveConsole(g);
    // Watch events for one guest may come out of another's request: every live ring page is
    // brought in before xenstored runs and written back after it.
    const live = this.guests.filter((g) => this.alive(g));
    for (const g of live) g.storePage.set(this.hv.readGuestMemory(g.domid, g.storeGpa, HVSIM_PAGE_SIZE));
    for (const g of live) if (ports.has(g.storeLocal)) g.ring.kick();
    while (this.deliveries.length > 0) this.deliveries.shift()!();
    for (const g of live) this.hv.writeGuestMemory(g.domid, g.storeGpa, g.storePage);
  }

  /** xenconsoled's part: drain out[], feed in[], notify after moving an index. */
  private serveConsole(g: Guest): void {
    const page = this.hv.readGuestMemory(g.domid, g.consoleGpa, XENCONS_INTERFACE.size);
    const v = new DataView(page.buffer);
    let notify = false;
    const outCons = v.getUint32(C.out_cons.offset, true);
    const outProd = v.getUint32(C.out_prod.offset, true);
    const bytes: number[] = [];
    for (let i = outCons; i !== outProd; i = (i + 1) >>> 0) bytes.push(page[C.out.offset + (i & (OUT_SIZE - 1))]);
    if (bytes.length > 0) {
      g.output += Buffer.from(bytes).toString('latin1');
      v.setUint32(C.out_cons.offset, outProd, true);
      notify = true;
    }
    const inCons = v.getUint32(C.in_cons.offset, true);
    let inProd = v.getUint32(C.in_prod.offset, true);
    while (g.pendingInput.length > 0 && ((inProd - inCons) >>> 0) < IN_SIZE) {
      page[C.in.offset + (inProd & (IN_SIZE - 1))] = g.pendingInput.shift()!;
      inProd = (inProd + 1) >>> 0;
      notify = true;
    }
    v.setUint32(C.in_prod.offset, inProd, true);
    if (!notify) return;
    this.hv.writeGuestMemory(g.domid, g.consoleGpa, page);
    this.hv.evtchnSend(0, g.consoleLocal);
  }

  shutdownReason(g: Guest): number | null {
    return this.hv.listDomains().find((d) => d.domid === g.domid)?.shutdownReason ?? null;
  }

  consoleIo(g: Guest): string {
    return Buffer.from(this.hv.drainConsole(g.domid)).toString('latin1');
  }
}

describe('guest SDK rings', () => {
  test('xsinfo reads its name and memory target and lists its home through the xenstore ring', () => {
    const host = new RingHost();
    const g = host.create('xsinfo', 'xsinfo.elf');
    host.run(20_000_000, () => g.output.includes('watching control/shutdown'));
    expect(g.output).toContain(`xsinfo: I am "xsinfo", domain ${g.domid}, at /local/domain/${g.domid}\n`);
    expect(g.output).toContain('xsinfo: memory/target = 4096 KiB (4 MiB)\n');
    expect(g.output).toContain(`xsinfo: /local/domain/${g.domid} has 5 entries: name domid memory control data\n`);
    expect(g.output).toContain('type a line at the console');
    // Everything went through the ring, nothing through console_io.
    expect(host.consoleIo(g)).toBe('');
    expect(host.shutdownReason(g)).toBeNull();
  });

  test('a reply larger than the ring arrives in pieces; one too big for the buffer is -E2BIG', () => {
    const host = new RingHost();
    const g = host.create('xsinfo', 'xsinfo.elf');
    // Overwrite the name before the guest asks: 3000 bytes, three times the 1 KiB ring.
    host.xenstored.write(`/local/domain/${g.domid}/name`, 'n'.repeat(3000));
    host.run(20_000_000, () => g.output.includes('watching control/shutdown'));
    expect(g.output).toContain('xsinfo: I am "(name: error -7)"');
    // The stream stayed framed: the next replies are right.
    expect(g.output).toContain('xsinfo: memory/target = 4096 KiB (4 MiB)\n');
  });

  test('xsinfo echoes console input taken from the ring', () => {
    const host = new RingHost();
    const g = host.create('xsinfo', 'xsinfo.elf');
    host.run(20_000_000, () => g.output.includes('watching control/shutdown'));
    host.typeInto(g, 'hello ring\r');
    host.run(20_000_000, () => g.output.includes('you typed'));
    expect(g.output).toContain('hello ring\r\nxsinfo: you typed "hello ring"\r\n');
  });

  test.each([
    ['poweroff', SHUTDOWN_poweroff],
    ['reboot', SHUTDOWN_reboot],
  ])('xsinfo honours control/shutdown = %s and clears the node first', (request, reason) => {
    const host = new RingHost();
    const g = host.create('xsinfo', 'xsinfo.elf');
    host.run(20_000_000, () => g.output.includes('watching control/shutdown'));
    expect(host.shutdownReason(g)).toBeNull();
    host.xenstored.write(`/local/domain/${g.domid}/control/shutdown`, request);
    host.run(20_000_000, () => host.shutdownReason(g) !== null);
    expect(host.shutdownReason(g)).toBe(reason);
    expect(g.output).toContain(`control/shutdown = "${request}"`);
    expect(host.xenstored.read(`/local/domain/${g.domid}/control/shutdown`).toString()).toBe('');
  });

  test('xsinfo ignores a request it does not know and stays up', () => {
    const host = new RingHost();
    const g = host.create('xsinfo', 'xsinfo.elf');
    host.run(20_000_000, () => g.output.includes('watching control/shutdown'));
    host.xenstored.write(`/local/domain/${g.domid}/control/shutdown`, 'dance');
    host.run(20_000_000, () => g.output.includes('ignored'));
    expect(g.output).toContain('control/shutdown = "dance": not a request I know, ignored');
    expect(host.shutdownReason(g)).toBeNull();
  });

  test('pingpong: two domains meet through xenstore and bounce 1000 events', () => {
    const host = new RingHost();
    const ping = host.create('ping', 'pingpong.elf', 'role=ping rounds=1000');
    // As a script would: xl create ping, then pong (pong also retries while ping is not there).
    host.run(20_000_000, () => ping.output.includes('waiting for a client'));
    const pong = host.create('pong', 'pingpong.elf', 'role=pong peer=ping');
    host.run(2_000_000_000, () => host.shutdownReason(ping) !== null && host.shutdownReason(pong) !== null);
    expect(pong.output).toContain(`pingpong: found "ping" as domain ${ping.domid}`);
    expect(ping.output).toContain(`pingpong: client is domain ${pong.domid}`);
    expect(ping.output).toContain(`pingpong: 1000 round trips with domain ${pong.domid}`);
    expect(pong.output).toContain('pingpong: answered 1000 events; the server counted 1000 round trips');
    expect(host.shutdownReason(ping)).toBe(SHUTDOWN_poweroff);
    expect(host.shutdownReason(pong)).toBe(SHUTDOWN_poweroff);
    // The rendezvous honoured Xen's permissions: only pong may read the port node.
    const perms = host.xenstored.getPerms(`/local/domain/${ping.domid}/data/pingpong/port`);
    expect(perms).toEqual([{ domid: ping.domid, perm: 'n' }, { domid: pong.domid, perm: 'r' }]);
  });
});
