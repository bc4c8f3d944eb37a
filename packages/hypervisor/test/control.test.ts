import { HVSIM_GUEST_RAM_BASE, SHUTDOWN_reboot, VIRQ_DOM_EXC, XEN_EEXIST, XEN_EINVAL, XEN_ENOENT, XEN_ESRCH } from '@hvsim/abi';
import { COMMAND_LOG_KEPT, type Hypervisor } from '@hvsim/hypervisor';
import { a0, addGuest, addi, csrr, DATA, errno, jal, li, lw, machine, RAM, sb, SPIN, sw, t0, t1, t2, u32 } from './guest';

test('create, info, pause nesting, shutdown, destroy', () => {
  const hv = machine();
  const d = hv.createDomain({ memoryKb: 1024, maxMemKb: 2048, maxVcpus: 2 });
  let info = hv.getDomainInfo(d);
  expect(info).toMatchObject({ domid: 1, totPages: 256, maxPages: 512, maxVcpus: 2, onlineVcpus: 0 });
  expect(info.flags.paused).toBe(true);
  expect(errno(() => hv.createDomain({ domid: d, memoryKb: 64 }))).toBe(XEN_EEXIST);
  expect(errno(() => hv.createDomain({ memoryKb: 3 }))).toBe(XEN_EINVAL);
  expect(errno(() => hv.getDomainInfo(99))).toBe(XEN_ESRCH);
  hv.writeGuestMemory(d, RAM, new Uint8Array([0x6f, 0, 0, 0]));
  hv.bootVcpu(d, 0, { entry: RAM, arg: 0 });
  hv.pauseDomain(d); // nested: two pauses now
  hv.unpauseDomain(d);
  hv.runFor(1_000_000);
  expect(hv.getDomainInfo(d).cpuTimeNs).toBe(0);
  hv.unpauseDomain(d);
  expect(errno(() => hv.unpauseDomain(d))).toBe(XEN_EINVAL);
  hv.runFor(1_000_000);
  info = hv.getDomainInfo(d);
  expect(info.cpuTimeNs).toBeGreaterThan(900_000);
  hv.shutdownDomain(d, SHUTDOWN_reboot);
  expect(hv.getDomainInfo(d)).toMatchObject({ shutdownReason: SHUTDOWN_reboot, shutdownReasonName: 'reboot' });
  const free = hv.physinfo().freePages;
  hv.destroyDomain(d);
  expect(hv.physinfo().freePages).toBe(free + 256 + 1);
  expect(hv.listDomains()).toEqual([]);
  const kinds = hv.takeDomainEvents().map((e) => e.kind);
  expect(kinds).toEqual(['created', 'paused', 'unpaused', 'shutdown', 'destroyed']);
  expect(hv.commandLog().map((c) => c.command)).toContain('shutdownDomain');
});

test("dom0's host work competes with guests for its pCPU", () => {
  const hv = machine({ pcpus: 1, freqHz: 10_000_000 });
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  hv.unpauseDomain(dom0);
  const g = addGuest(hv, [SPIN]);
  hv.addHostWork(dom0, 300_000_000);
  hv.runFor(1_000_000_000);
  const t0 = hv.getDomainInfo(dom0).cpuTimeNs;
  const tg = hv.getDomainInfo(g).cpuTimeNs;
  expect(t0).toBe(300_000_000);
  expect(tg).toBeGreaterThan(690_000_000);
  expect(hv.hostWorkPending(dom0)).toBe(0);
  expect(hv.getDomainInfo(dom0).flags.blocked).toBe(true);
});

test('dom0 hears about domain state changes through VIRQ_DOM_EXC', () => {
  const hv = machine();
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  hv.unpauseDomain(dom0);
  const port = hv.evtchnBindVirq(dom0, VIRQ_DOM_EXC);
  const heard: number[] = [];
  hv.onHostEvent((d, p) => heard.push(d, p));
  const g = addGuest(hv, [...li(t0, 0x1000), lw(a0, t0, 0)]); // crashes at once
  hv.runFor(1_000_000);
  expect(hv.getDomainInfo(g).flags.crashed).toBe(true);
  expect(heard).toEqual([0, port]);
  expect(hv.takeEvents(dom0)).toEqual([port]);
  expect(hv.takeEvents(dom0)).toEqual([]);
});

test('an HVM guest reaches its UART through the device model; a PV guest faults there', () => {
  const hv = machine();
  const code = [...li(t0, 0x1000_0000), ...li(a0, 0x48), sb(a0, t0, 0), lw(a0, t0, 4), ...li(t1, DATA), sw(a0, t1, 0), SPIN];
  const h = addGuest(hv, code, { type: 'hvm', run: false });
  const writes: string[] = [];
  hv.setMmioHandler(h, (req) => {
    if (req.write) writes.push(`${req.addr.toString(16)}:${req.size}:${req.value}`);
    return req.write ? 0 : 0xabcd;
  });
  hv.unpauseDomain(h);
  const p = addGuest(hv, code);
  hv.runFor(1_000_000);
  expect(writes).toEqual(['10000000:1:72']);
  expect(u32(hv, h, DATA)).toBe(0xabcd);
  expect(hv.counters(h).exits.mmio).toBe(2);
  expect(hv.getDomainInfo(p).crashCause).toMatch(/store\/AMO access fault/);
  expect(errno(() => hv.setMmioHandler(p, () => 0))).toBe(XEN_EINVAL);
});

test('an HVM guest reaches its PLIC window; the PLIC\'s line drives its SEIP; bad targets are refused', () => {
  const hv = machine();
  const code = [...li(t0, 0x0c20_1004), lw(a0, t0, 0), ...li(t1, DATA), sw(a0, t1, 0), SPIN];
  const h = addGuest(hv, code, { type: 'hvm', run: false });
  const reads: number[] = [];
  hv.setMmioHandler(h, (req) => (reads.push(req.addr), 10));
  hv.unpauseDomain(h);
  hv.runFor(1_000_000);
  expect(reads).toEqual([0x0c20_1004]);
  expect(u32(hv, h, DATA)).toBe(10);
  const seip = (): number => hv.getVcpuContext(h, 0).hart.csr.mip & (1 << 9);
  expect(seip()).toBe(0);
  hv.setExternalIrq(h, 0, true);
  expect(seip()).not.toBe(0);
  hv.setExternalIrq(h, 0, false);
  expect(seip()).toBe(0);
  const p = addGuest(hv, [SPIN]);
  expect(errno(() => hv.setExternalIrq(p, 0, true))).toBe(XEN_EINVAL);
  expect(errno(() => hv.setExternalIrq(h, 1, true))).toBe(XEN_ENOENT);
  expect(errno(() => hv.setExternalIrq(77, 0, true))).toBe(XEN_ESRCH);
});

test('a vCPU context saved from one domain resumes in another (save/restore)', () => {
  const hv = machine();
  // Counts in t0 forever, storing it to DATA.
  const code = [...li(t1, DATA), ...li(t0, 0), addi(t0, t0, 1), sw(t0, t1, 0), jal(0, -8)];
  const a = addGuest(hv, code);
  hv.runFor(500_000);
  hv.pauseDomain(a);
  const ctx = JSON.parse(JSON.stringify(hv.getVcpuContext(a, 0)));
  const image = hv.readGuestMemory(a, HVSIM_GUEST_RAM_BASE, 128 * 1024);
  const count = u32(hv, a, DATA);
  expect(count).toBeGreaterThan(1000);
  hv.destroyDomain(a);
  const b = hv.createDomain({ memoryKb: 256 });
  hv.writeGuestMemory(b, HVSIM_GUEST_RAM_BASE, image);
  // The guest's PMP (entry 0: everything, NAPOT RWX) is the hypervisor's, not the context's:
  // a context that would shut the guest out of its memory is restored with it anyway.
  expect([ctx.hart.pmp.cfg[0], ctx.hart.pmp.addr[0]]).toEqual([0x1f, 0xffff_fe00]); // as stored: bits 8..0 are not
  const zeros = new Array<number>(16).fill(0);
  hv.setVcpuContext(b, 0, { ...ctx, hart: { ...ctx.hart, pmp: { cfg: zeros, addr: zeros } } });
  expect(hv.getVcpuContext(b, 0).hart.pmp).toEqual(ctx.hart.pmp);
  hv.unpauseDomain(b);
  hv.runFor(500_000);
  expect(u32(hv, b, DATA)).toBeGreaterThan(count + 1000);
  expect(errno(() => hv.setVcpuContext(b, 0, { ...ctx, hart: { ...ctx.hart, x: [1, 2] } }))).toBe(XEN_EINVAL);
});

test("a restored domain's time goes on from where it was saved, on a machine whose clock is behind", () => {
  const CSR_TIME = 0xc01;
  const CSR_TIMEH = 0xc81;
  // Stores the time CSR (low, high) to DATA forever.
  const code = [...li(t1, DATA), csrr(t0, CSR_TIME), csrr(t2, CSR_TIMEH), sw(t0, t1, 0), sw(t2, t1, 4), jal(0, -16)];
  const source = machine();
  const a = addGuest(source, code, { run: false });
  source.runFor(200_000_000); // the source's clock is 200 ms ahead of a freshly booted target's
  source.unpauseDomain(a);
  source.runFor(1_000_000);
  source.pauseDomain(a);
  const saved = source.getVcpuContext(a, 0);
  expect(saved.timeNs).toBe(source.now());
  const ctx = { ...saved, singleshotDeadline: saved.timeNs + 5_000_000 }; // a timer 5 ms ahead of the guest's time
  const image = source.readGuestMemory(a, HVSIM_GUEST_RAM_BASE, 128 * 1024);

  const target = machine();
  target.runFor(1_000_000);
  const b = target.createDomain({ memoryKb: 256 });
  target.writeGuestMemory(b, HVSIM_GUEST_RAM_BASE, image);
  target.setVcpuContext(b, 0, ctx);
  expect(target.getVcpuContext(b, 0)).toMatchObject({ timeNs: ctx.timeNs, singleshotDeadline: ctx.singleshotDeadline });
  target.unpauseDomain(b);
  target.runFor(1_000_000);
  const guestTime = u32(target, b, DATA + 4) * 2 ** 32 + u32(target, b, DATA);
  expect(guestTime).toBeGreaterThan(ctx.timeNs);
  expect(guestTime).toBeLessThanOrEqual(ctx.timeNs + 1_000_000);
  expect(target.getVcpuContext(b, 0).singleshotDeadline).toBe(ctx.singleshotDeadline);
  target.runFor(5_000_000); // the timer keeps its 5 ms: it has fired now
  expect(target.getVcpuContext(b, 0).singleshotDeadline).toBeNull();
  // A deadline that is not a number never reaches the event queue quietly.
  expect(() => target.setVcpuContext(b, 0, { ...ctx, sbiTimerDeadline: Number.NaN })).toThrow(/not a finite number/);
});

test('the command log keeps the latest commands; the trace hash covers every command', () => {
  const run = (maxKb: number): Hypervisor => {
    const hv = machine();
    const d = hv.createDomain({ memoryKb: 64 });
    hv.setMaxMem(d, maxKb);
    for (let i = 0; i < COMMAND_LOG_KEPT; i++) {
      hv.unpauseDomain(d);
      hv.pauseDomain(d);
    }
    return hv;
  };
  const a = run(128);
  const b = run(256);
  const log = a.commandLog();
  expect(log).toHaveLength(COMMAND_LOG_KEPT);
  expect(log[0]).toEqual({ time: 0, command: 'unpauseDomain', args: [1] });
  expect(log[log.length - 1].command).toBe('pauseDomain');
  // The commands that differ are no longer in either log, but they are in the hashes.
  expect(b.commandLog()).toEqual(log);
  expect(a.traceHash()).not.toBe(b.traceHash());
  expect(run(128).traceHash()).toBe(a.traceHash());
});

test('a domain created and destroyed many times over gives back exactly its frames', () => {
  const hv = machine();
  const others = [1, 2, 3].map(() => hv.createDomain({ memoryKb: 4096 }));
  const free = hv.physinfo().freePages;
  for (let i = 0; i < 200; i++) {
    const d = hv.createDomain({ memoryKb: 4096 + 4 * (i % 3) });
    if (i % 2 === 0) hv.writeGuestMemory(d, RAM + 4096 * (i % 7), new Uint8Array([i & 0xff]));
    hv.destroyDomain(d);
  }
  expect(hv.physinfo().freePages).toBe(free);
  expect(hv.physinfo().backedPages).toBe(3); // the shared_info pages of the three others
  expect(hv.listDomains().map((d) => d.domid)).toEqual(others);
});

test('a saved grant table comes back at its gfns with its grants, in-use marks cleared, and grant copies work through it', () => {
  const hv = machine();
  const dom0 = hv.createDomain({ domid: 0, memoryKb: 64, privileged: true, hostKernel: true });
  const d = hv.createDomain({ memoryKb: 1024 });
  const entries = new Uint8Array(4096);
  const view = new DataView(entries.buffer);
  // grant_entry_v1 ref 3: GTF_permit_access | GTF_reading (a stale in-use mark), to dom0, frame RAM + 1.
  view.setUint16(3 * 8, 1 | (1 << 3), true);
  view.setUint16(3 * 8 + 2, dom0, true);
  view.setUint32(3 * 8 + 4, RAM / 4096 + 1, true);
  const placed = RAM / 4096 + 200; // a Xen/Arm guest's own choice, inside its RAM window
  hv.setGrantTable(d, { frameGfns: [0xfffe0, placed], frames: [entries, new Uint8Array(4096)] });
  const back = hv.getGrantTable(d);
  expect(back.frameGfns).toEqual([0xfffe0, placed]);
  expect(new DataView(back.frames[0].buffer, back.frames[0].byteOffset).getUint16(3 * 8, true)).toBe(1);
  hv.writeGuestMemory(d, RAM + 4096, new Uint8Array([7, 8, 9]));
  const got = new Uint8Array(3);
  expect(hv.grantCopy(dom0, [{ domid: d, ref: 3, offset: 0, length: 3 }], got, false)).toEqual([0]);
  expect([...got]).toEqual([7, 8, 9]);

  expect(errno(() => hv.setGrantTable(d, { frameGfns: [0xfffe0], frames: [entries] }))).toBe(XEN_EINVAL); // it has one already
  const e = hv.createDomain({ memoryKb: 1024 });
  expect(errno(() => hv.setGrantTable(e, { frameGfns: [placed, placed], frames: [entries, entries] }))).toBe(XEN_EINVAL);
  expect(errno(() => hv.setGrantTable(e, { frameGfns: [0xfffe0], frames: [new Uint8Array(10)] }))).toBe(XEN_EINVAL);
  expect(errno(() => hv.setGrantTable(e, { frameGfns: Array(33).fill(-1), frames: Array(33).fill(entries) }))).toBe(XEN_EINVAL);
  expect(hv.getGrantTable(e).frames).toEqual([]);
});
test("the core keeps the toolstack's identity of a domain, its balloon target and where shared_info shows", () => {
  const hv = machine();
  const handle = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
  const d = hv.createDomain({ memoryKb: 1024, maxMemKb: 2048, handle, ssidref: 7, showSharedInfo: true });
  handle.fill(0); // the core keeps its own copy
  expect(hv.getDomainInfo(d)).toMatchObject({ ssidref: 7, targetPages: 0, sharedInfoGfn: 0xfffdf });
  expect([...hv.getDomainInfo(d).handle]).toEqual(Array.from({ length: 16 }, (_, i) => 0xa0 + i));
  // Without a handle: zeros; without showSharedInfo: not shown.
  const plain = hv.createDomain({ memoryKb: 64 });
  expect(hv.getDomainInfo(plain)).toMatchObject({ ssidref: 0, sharedInfoGfn: -1 });
  expect([...hv.getDomainInfo(plain).handle]).toEqual(new Array(16).fill(0));
  expect(errno(() => hv.createDomain({ memoryKb: 64, handle: new Uint8Array(15) }))).toBe(XEN_EINVAL);
  expect(errno(() => hv.createDomain({ memoryKb: 64, ssidref: -1 }))).toBe(XEN_EINVAL);

  hv.setMemoryTarget(d, 1536);
  expect(hv.getDomainInfo(d).targetPages).toBe(384);
  expect(errno(() => hv.setMemoryTarget(d, 2052))).toBe(XEN_EINVAL); // above maxmem
  expect(errno(() => hv.setMemoryTarget(d, 6))).toBe(XEN_EINVAL); // not whole pages
  expect(errno(() => hv.setMemoryTarget(99, 4))).toBe(XEN_ESRCH);
  expect(hv.getDomainInfo(d).targetPages).toBe(384);
});

test('console history by byte index, new output reported once per domain', () => {
  const hv = machine();
  const text = (b: Uint8Array): string => new TextDecoder().decode(b);
  const quiet = addGuest(hv, SPIN);
  const d = addGuest(hv, [li(a0, 0x68), ...sbiPutchar(), li(a0, 0x69), ...sbiPutchar(), ...SPIN]);
  expect(hv.domainsWithNewConsoleOutput()).toEqual([]);
  hv.runFor(1_000_000);
  expect(hv.domainsWithNewConsoleOutput()).toEqual([d]);
  expect(hv.domainsWithNewConsoleOutput()).toEqual([]); // once
  expect(hv.readConsole(quiet, 0, 100)).toEqual({ data: new Uint8Array(0), nextIndex: 0, lostBytes: 0 });
  const first = hv.readConsole(d, 0, 1);
  expect([text(first.data), first.nextIndex]).toEqual(['h', 1]);
  expect(text(hv.readConsole(d, first.nextIndex, 100).data)).toBe('i');
  // Reading history does not take it from drainConsole's reader, nor the other way round.
  expect(text(hv.drainConsole(d))).toBe('');
  expect(text(hv.readConsole(d, 0, 100).data)).toBe('hi');
  expect(errno(() => hv.readConsole(d, -1, 10))).toBe(XEN_EINVAL);
  expect(errno(() => hv.readConsole(99, 0, 10))).toBe(XEN_ESRCH);
});

test('a driver sees whether there is work and when the next event is', () => {
  const hv = machine();
  expect(hv.hasWork()).toBe(false);
  const d = addGuest(hv, SPIN);
  hv.runFor(1_000);
  expect(hv.hasWork()).toBe(true);
  expect(hv.nextEventTime()).toBeGreaterThan(hv.now());
  hv.pauseDomain(d);
  hv.runFor(50_000_000);
  expect(hv.hasWork()).toBe(false);
});

/** SBI legacy putchar of a0. */
function sbiPutchar(): number[] {
  return [li(17, 1), 0x00000073].flat();
}
