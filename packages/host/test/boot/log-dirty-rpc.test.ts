/** DomctlService ShadowOp (log-dirty) and ReadGuestPages, served by the boot loader's adapter. */
import { DomctlService, RpcClient, StatusCode, pb, type ServiceClient } from '@hvsim/control';
import { Hypervisor } from '@hvsim/hypervisor';
import { connectDomctl, status } from './domctl-rig';

const RAM = 0x8000_0000;
const PAGE = 4096;
const Op = pb.ShadowOp;
const Kind = pb.GuestPageKind;

let hv: Hypervisor;
let d: ServiceClient<typeof DomctlService>;
let rpc: RpcClient;

beforeEach(async () => {
  hv = new Hypervisor({ pcpus: 1, memoryBytes: 64 * 1024 * 1024, seed: 1 });
  ({ d, rpc } = await connectDomctl(hv));
});

afterEach(() => rpc.close());

function dirtyGfns(r: pb.DomctlServiceShadowOpResponse): number[] {
  const out: number[] = [];
  for (let i = 0; i < r.pages; i++) if ((r.bitmap[i >> 3] >> (i & 7)) & 1) out.push(Number(r.firstGfn) + i);
  return out;
}

/** `lui t0, page; sw t0, 0(t0)` for each page, then `j` back to the start: a guest that keeps
 *  storing to `pages` (4 KiB-aligned addresses). */
function writer(pages: number[]): Uint8Array {
  const words: number[] = [];
  for (const p of pages) words.push(((p >>> 12) << 12) | (5 << 7) | 0x37, (5 << 20) | (5 << 15) | (2 << 12) | 0x23);
  const back = -4 * words.length;
  words.push(((((back >> 20) & 1) << 31) | (((back >> 1) & 0x3ff) << 21) | (((back >> 11) & 1) << 20) | (((back >> 12) & 0xff) << 12) | 0x6f) >>> 0);
  return new Uint8Array(Uint32Array.from(words).buffer);
}

describe('DomctlService ShadowOp', () => {
  it('CLEAN returns exactly the pages a running guest writes, round after round', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 1024 });
    const pages = [RAM + 0x4_0000, RAM + 0x4_3000, RAM + 0x8_0000];
    await d.WriteGuestMemory({ domid, gpa: RAM, data: writer(pages) });
    hv.bootVcpu(domid, 0, { entry: RAM, arg: 0 });
    await d.ShadowOp({ domid, op: Op.SHADOW_OP_ENABLE_LOGDIRTY });
    // The builder's write before ENABLE is not in the log.
    expect(dirtyGfns(await d.ShadowOp({ domid, op: Op.SHADOW_OP_PEEK }))).toEqual([]);
    await d.UnpauseDomain({ domid });
    for (let round = 0; round < 2; round++) {
      hv.runFor(1_000_000);
      const r = await d.ShadowOp({ domid, op: Op.SHADOW_OP_CLEAN });
      expect(dirtyGfns(r)).toEqual(pages.map((p) => p / PAGE));
      expect(r).toMatchObject({ firstGfn: 0x80000, pages: 0x80 + 1, faultCount: 3, dirtyCount: 3 });
    }
    await d.PauseDomain({ domid });
    hv.runFor(1_000_000);
    expect(dirtyGfns(await d.ShadowOp({ domid, op: Op.SHADOW_OP_CLEAN }))).toEqual([]); // paused: no writes
    // WriteGuestMemory (dom0's foreign write) marks too.
    await d.WriteGuestMemory({ domid, gpa: RAM + 0x9_0000, data: new Uint8Array(1) });
    const r = await d.ShadowOp({ domid, op: Op.SHADOW_OP_PEEK });
    expect(dirtyGfns(r)).toEqual([(RAM + 0x9_0000) / PAGE]);
    expect(r).toMatchObject({ faultCount: 0, dirtyCount: 1 });
    await d.ShadowOp({ domid, op: Op.SHADOW_OP_OFF });
  });

  it('answers with Xen\'s errnos', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 1024 });
    expect(await status(d.ShadowOp({ domid: 42, op: Op.SHADOW_OP_ENABLE_LOGDIRTY }))).toBe(StatusCode.STATUS_CODE_ESRCH);
    expect(await status(d.ShadowOp({ domid: 0, op: Op.SHADOW_OP_ENABLE_LOGDIRTY }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.ShadowOp({ domid, op: Op.SHADOW_OP_UNSPECIFIED }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.ShadowOp({ domid, op: 77 as pb.ShadowOp }))).toBe(StatusCode.STATUS_CODE_EINVAL);
    expect(await status(d.ShadowOp({ domid, op: Op.SHADOW_OP_OFF }))).toBe(StatusCode.STATUS_CODE_OK);
    expect(await status(d.ShadowOp({ domid, op: Op.SHADOW_OP_CLEAN }))).toBe(StatusCode.STATUS_CODE_OK);
    expect(await status(d.ShadowOp({ domid, op: Op.SHADOW_OP_ENABLE_LOGDIRTY }))).toBe(StatusCode.STATUS_CODE_OK);
    expect(await status(d.ShadowOp({ domid, op: Op.SHADOW_OP_ENABLE_LOGDIRTY }))).toBe(StatusCode.STATUS_CODE_EINVAL);
  });
});

describe('DomctlService ReadGuestPages', () => {
  it('returns kinds and the RAM pages\' bytes of a batch in one message', async () => {
    const { domid } = await d.CreateDomain({ memoryKb: 1024 });
    await d.WriteGuestMemory({ domid, gpa: RAM + PAGE, data: Uint8Array.from([1, 2, 3]) });
    await d.WriteGuestMemory({ domid, gpa: RAM + 3 * PAGE + 4095, data: Uint8Array.from([9]) });
    const gfns = [RAM / PAGE + 1, RAM / PAGE + 2, RAM / PAGE + 3, RAM / PAGE + 256];
    const r = await d.ReadGuestPages({ domid, gfns });
    expect(r.kinds).toEqual([Kind.GUEST_PAGE_KIND_RAM, Kind.GUEST_PAGE_KIND_ZERO, Kind.GUEST_PAGE_KIND_RAM, Kind.GUEST_PAGE_KIND_ABSENT]);
    expect(r.data.length).toBe(2 * PAGE);
    expect([...r.data.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect(r.data[2 * PAGE - 1]).toBe(9);
    expect(await status(d.ReadGuestPages({ domid, gfns: new Array<number>(513).fill(RAM / PAGE) }))).toBe(StatusCode.STATUS_CODE_E2BIG);
    expect(await status(d.ReadGuestPages({ domid: 42, gfns }))).toBe(StatusCode.STATUS_CODE_ESRCH);
    expect(await status(d.ReadGuestPages({ domid, gfns: [2 ** 40] }))).toBe(StatusCode.STATUS_CODE_EINVAL);
  });

  it('reads a domain\'s every page in batches of the most a call takes (2 MiB, inside one frame)', async () => {
    const big = new Hypervisor({ pcpus: 1, memoryBytes: 16 * 1024 * 1024, seed: 1 });
    const { d: c, rpc: client } = await connectDomctl(big, false);
    try {
      const { domid } = await c.CreateDomain({ memoryKb: 8 * 1024 });
      const fill = new Uint8Array(1 << 20).fill(0x5a);
      for (let mb = 0; mb < 8; mb++) await c.WriteGuestMemory({ domid, gpa: RAM + mb * (1 << 20), data: fill });
      let bytes = 0;
      for (let first = RAM / PAGE; first < RAM / PAGE + 2048; first += 512) {
        const r = await c.ReadGuestPages({ domid, gfns: Array.from({ length: 512 }, (_, i) => first + i) });
        expect(r.kinds.every((k) => k === Kind.GUEST_PAGE_KIND_RAM)).toBe(true);
        expect(r.data.every((x) => x === 0x5a)).toBe(true);
        bytes += r.data.length;
      }
      expect(bytes).toBe(8 * 1024 * 1024);
    } finally {
      client.close();
    }
  });
});
