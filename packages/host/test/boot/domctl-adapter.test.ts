import { DOMID_XEN } from '@hvsim/abi';
import { DomctlService, EVTCHN_FIFO_STATE_VERSION, RpcClient, StatusCode, pb, type ServiceClient } from '@hvsim/control';
import { Hypervisor } from '@hvsim/hypervisor';
import { connectDomctl, status } from './domctl-rig';

let hv: Hypervisor;
let d: ServiceClient<typeof DomctlService>;
let rpc: RpcClient;

beforeEach(async () => {
  hv = new Hypervisor({ pcpus: 2, memoryBytes: 64 * 1024 * 1024, seed: 1 });
  ({ d, rpc } = await connectDomctl(hv));
});

afterEach(() => rpc.close());

describe('DomctlService over the core', () => {
  it('creates a paused domain with shared_info placed outside its RAM', async () => {
    const handle = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
    const { domid } = await d.CreateDomain({ memoryKb: 4096, maxVcpus: 2, handle, ssidref: 7 });
    expect(domid).toBe(1);
    const { info } = await d.GetDomainInfo({ domid });
    expect(info).toMatchObject({ domid: 1, paused: true, privileged: false, totPages: 1024, maxPages: 1024, maxVcpuId: 1, ssidref: 7 });
    expect(Buffer.from(info?.handle ?? []).equals(Buffer.from(handle))).toBe(true);
    const gfn = Number(info?.sharedInfoFrame);
    expect(gfn).toBeGreaterThanOrEqual(0x80000 + 1024);
    expect(gfn).toBeLessThan(0x100000);
    const { domains } = await d.ListDomains({ firstDomid: 1 });
    expect(domains.map((x) => x.domid)).toEqual([1]);
  });

  it('maps the core refusals to errno statuses', async () => {
    expect(await status(d.GetDomainInfo({ domid: 42 }))).toBe(StatusCode.STATUS_CODE_ESRCH);
    expect(await status(d.CreateDomain({ memoryKb: 100 * 1024 }))).toBe(StatusCode.STATUS_CODE_ENOMEM);
    expect(await status(d.CreateDomain({ memoryKb: 4097 }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.CreateDomain({ memoryKb: 4096, handle: new Uint8Array(3) }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    const { domid } = await d.CreateDomain({ memoryKb: 4096 });
    expect(await status(d.ReadGuestMemory({ domid, gpa: 0x8000_0000, length: (1 << 20) + 1 }))).toBe(StatusCode.STATUS_CODE_E2BIG);
    expect(await status(d.ReadGuestMemory({ domid, gpa: 0x1000, length: 4 }))).toBe(StatusCode.STATUS_CODE_EFAULT);
    expect(await status(d.SetHvmParam({ domid, index: 39, value: 5 }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.SetVcpuContext({ domid, vcpu: 0, context: { hartState: Buffer.from('{nope') } }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.SetVcpuContext({ domid, vcpu: 0, context: { pc: 0x8000_0000, regs: [0, 5] } }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.ShutdownDomain({ domid }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.SetVcpuAffinity({ domid, vcpu: 0, hardAffinity: [5] }))).toBe(StatusCode.STATUS_CODE_EINVAL);
  });

  it('gives FIFO state back as a versioned message and refuses one of another version, or none', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 4096 });
    expect((await d.GetEvtchnFifo({ domid })).state ?? null).toBeNull(); // two-level
    const state = { version: EVTCHN_FIFO_STATE_VERSION, controlBlocks: [{ gfn: 0x80003, offset: 64 }], arrayGfns: [0x80004], tails: new Array<number>(16).fill(0), ports: [{ port: 9, priority: 2, lastQueue: 7 }] };
    expect(await status(d.SetEvtchnFifo({ domid, state: { ...state, version: 2 } }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.SetEvtchnFifo({ domid }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.SetEvtchnFifo({ domid, state: { ...state, arrayGfns: [0x10] } }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    await d.SetEvtchnFifo({ domid, state });
    const back = (await d.GetEvtchnFifo({ domid })).state;
    expect({ ...back, controlBlocks: back?.controlBlocks.map((c) => ({ gfn: Number(c.gfn), offset: c.offset })), arrayGfns: back?.arrayGfns.map(Number) })
      .toMatchObject({ ...state, ports: [{ port: 9, priority: 2, lastQueue: 7, heldPending: false }] });
    expect(await status(d.SetEvtchnFifo({ domid, state }))).toBe(StatusCode.STATUS_CODE_EEXIST);
  });

  it('reports shutdown reasons one above Xen numbers, and streams state events', async () => {
    const events: pb.DomainEvent[] = [];
    const stream = d.WatchEvents({});
    const collecting = (async () => {
      for await (const m of stream) if (m.event) events.push(m.event);
    })();
    const { domid } = await d.CreateDomain({ memoryKb: 4096 });
    await d.ShutdownDomain({ domid, reason: pb.ShutdownReason.SHUTDOWN_REASON_REBOOT });
    const { info } = await d.GetDomainInfo({ domid });
    expect(info).toMatchObject({ shutdown: true, shutdownReason: pb.ShutdownReason.SHUTDOWN_REASON_REBOOT });
    await d.DestroyDomain({ domid });
    await new Promise((r) => setImmediate(r));
    stream.cancel();
    await collecting;
    const T = pb.DomainEventType;
    expect(events.map((e) => [e.type, e.domid])).toEqual([[T.DOMAIN_EVENT_TYPE_CREATED, 1], [T.DOMAIN_EVENT_TYPE_SHUTDOWN, 1], [T.DOMAIN_EVENT_TYPE_DESTROYED, 1]]);
    expect(events[1].shutdownReason).toBe(pb.ShutdownReason.SHUTDOWN_REASON_REBOOT);
    const log = await d.ConsoleRead({ domid: DOMID_XEN, index: 0 });
    expect(Buffer.from(log.data).toString()).toMatch(/d1: created\n.*d1: shut down \(reboot\)\n.*d1: destroyed\n/s);
  });

  it('keeps affinity and credit parameters the core reports', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 4096 });
    expect((await d.SetVcpuAffinity({ domid, vcpu: 0, hardAffinity: [1] })).hardAffinity).toEqual([1]);
    expect((await d.SetVcpuAffinity({ domid, vcpu: 0, hardAffinity: [] })).hardAffinity).toEqual([0, 1]);
    expect((await d.SchedCreditSet({ domid, weight: 512 })).params).toMatchObject({ weight: 512, cap: 0 });
    expect((await d.SchedCreditGet({ domid })).params).toMatchObject({ weight: 512, cap: 0 });
    await d.SetMemoryTarget({ domid, targetKb: 2048 });
    expect((await d.GetDomainInfo({ domid })).info?.targetPages).toBe(512);
    expect(await status(d.SetMemoryTarget({ domid, targetKb: 8192 }))).toBe(StatusCode.STATUS_CODE_EINVAL);
  });
});

describe('GrantCopyFromGuest / GrantCopyToGuest', () => {
  it('answers a GNTST_* per segment and refuses malformed requests', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 4096, maxVcpus: 1 });
    // The domain has no grant table yet: every ref is bad; a missing domain is bad_domain.
    const r = await d.GrantCopyFromGuest({ segments: [{ domid, ref: 8, offset: 0, length: 16 }, { domid: 77, ref: 8, offset: 0, length: 4 }] });
    expect(r.status).toEqual([-3, -2]);
    expect(r.data.length).toBe(0);
    const tooMany = Array.from({ length: 257 }, () => ({ domid, ref: 8, offset: 0, length: 1 }));
    expect(await status(d.GrantCopyFromGuest({ segments: tooMany }))).toBe(StatusCode.STATUS_CODE_E2BIG);
    expect(await status(d.GrantCopyFromGuest({ segments: [{ domid, ref: 8, offset: 0, length: 4097 }] }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.GrantCopyToGuest({ segments: [{ domid, ref: 8, offset: 0, length: 8 }], data: new Uint8Array(4) }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    const w = await d.GrantCopyToGuest({ segments: [{ domid, ref: 8, offset: 0, length: 4 }], data: new Uint8Array(4) });
    expect(w.status).toEqual([-3]);
  });
});

describe('GrantCopy', () => {
  const packed = (...ops: number[][]): Uint8Array => {
    const v = new DataView(new ArrayBuffer(ops.length * 20));
    ops.forEach((op, i) => op.forEach((x, k) => v.setUint32(i * 20 + k * 4, x, true)));
    return new Uint8Array(v.buffer);
  };

  it('answers a signed GNTST_* byte per packed op, zeros for failed reads, and refuses malformed batches and bad ports with errno', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 4096, maxVcpus: 1 });
    // No grant table yet: every ref is bad; a missing domain is bad_domain.
    const r = await d.GrantCopy({ ops: packed([0, domid, 8, 0, 16], [1, 77, 8, 0, 4]), data: new Uint8Array(4) });
    expect([...new Int8Array(r.status.buffer, r.status.byteOffset, r.status.length)]).toEqual([-3, -2]);
    expect([...r.data]).toEqual(Array(16).fill(0));
    expect(await status(d.GrantCopy({ ops: packed(...Array.from({ length: 257 }, () => [0, domid, 8, 0, 1])) }))).toBe(StatusCode.STATUS_CODE_E2BIG);
    expect(await status(d.GrantCopy({ ops: new Uint8Array(21) }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.GrantCopy({ ops: packed([1, domid, 8, 0, 8]), data: new Uint8Array(4) }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.GrantCopy({ ops: new Uint8Array(0), notify: [4095] }))).toBe(StatusCode.STATUS_CODE_EINVAL); // not a port dom0 holds
  });
});
