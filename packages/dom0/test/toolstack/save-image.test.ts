import { decodeVcpuContext, encodeEvtchnFifoState, encodeVcpuContext, pb, type SavedVcpuContext } from '@hvsim/control';
import { formatDomainConfig } from '../../src/config/config-text';
import { parseDomainConfig } from '../../src/config/domain-config';
import { SAVE_FORMAT_JSON_CONTEXTS, SAVE_FORMAT_PROTO_CONTEXTS, SaveImageError, SaveMetadata, decodeSaveImage, encodeSaveImage, toRuns } from '../../src/toolstack/save-image';

const csr = Object.fromEntries(['mstatus', 'medeleg', 'mideleg', 'mie', 'mip', 'mtvec', 'stvec', 'mepc', 'sepc', 'mcause', 'scause', 'mtval', 'stval', 'mscratch', 'sscratch', 'mcounteren', 'scounteren', 'satp'].map((k) => [k, 0])) as SavedVcpuContext['hart']['csr'];
/** A vCPU context as the core gives one, with `over` on top. */
const saved = (over: Record<string, unknown> = {}, hart: Record<string, unknown> = {}): SavedVcpuContext => ({
  hart: { x: new Array(32).fill(0), pc: 0x8000_0000, priv: 1, instret: 10, cycleOffset: 0, csr, pmp: { cfg: new Array(16).fill(0), addr: new Array(16).fill(0) }, reservation: null, waiting: false, ...hart },
  online: true, timeNs: 1_000_000, singleshotDeadline: 2_000_000, sbiTimerDeadline: null, vcpuInfo: null, vmAssist: 0, ...over,
} as SavedVcpuContext);
/** Its hart_state (a SavedVcpuContext message), base64. */
const context = (over: Record<string, unknown> = {}, hart: Record<string, unknown> = {}): string => Buffer.from(encodeVcpuContext(saved(over, hart))).toString('base64');
/** Its hart_state as format 2 carried it (JSON; crafted fields are cast in), base64. */
const jsonContext = (over: Record<string, unknown> = {}, hart: Record<string, unknown> = {}): string => Buffer.from(JSON.stringify(saved(over, hart))).toString('base64');
/** A SavedVcpuContext message with fields set beyond what encodeVcpuContext would write. */
const rawContext = (m: pb.ISavedVcpuContext): string => Buffer.from(pb.SavedVcpuContext.encode(m).finish()).toString('base64');
const page = Buffer.alloc(4096).toString('base64');

const meta = (over: Partial<SaveMetadata> = {}): SaveMetadata => ({
  name: 'd', uuid: '00000000-0000-4000-8000-000000000000', config: 'name = "d"\n', configFile: '', domid: 3, savedAtNs: 5,
  layout: { startInfoGfn: 0x80003, sharedInfoGfn: 0xfffdf, consoleGfn: 0x80005, storeGfn: 0x80004, consoleEvtchn: 1, storeEvtchn: 2, entry: 0x80000000, nrPages: 6 },
  maxPages: 6, targetPages: 0, sched: { weight: 256, cap: 0 }, vcpus: [{ hartState: context(), affinity: [0] }],
  evtchn: [{ port: 1, status: 1, vcpu: 0, remoteDom: 0, remotePort: 0, virq: 0 }],
  memory: { populated: [[0x80000, 6]], data: [[0x80001, 2]] }, sharedInfo: page, services: {}, grantTable: [{ gfn: 0xfffe0, entries: page }, { gfn: -1, entries: page }], ...over,
});

describe('save image', () => {
  const pages = [new Uint8Array(4096).fill(1), new Uint8Array(4096).fill(2)];

  it('round-trips metadata and pages, and is deterministic', () => {
    const a = encodeSaveImage(meta(), pages);
    expect(a.equals(encodeSaveImage(meta(), pages))).toBe(true);
    expect(a.subarray(0, 16).toString('latin1')).toBe('hvsim-save\0\0\0\0\0\0');
    const img = decodeSaveImage(a);
    expect(img.meta).toEqual(meta());
    expect(img.pages.get(0x80001)?.[0]).toBe(1);
    expect(img.pages.get(0x80002)?.[4095]).toBe(2);
    expect(img.pages.has(0x80000)).toBe(false);
  });

  it('refuses bad magic, truncation, trailing bytes, corruption, another version, bad metadata', () => {
    const good = encodeSaveImage(meta(), pages);
    expect(() => decodeSaveImage(Buffer.from('not a save image at all, really'))).toThrow(/bad magic/);
    expect(() => decodeSaveImage(good.subarray(0, 20))).toThrow(/truncated/);
    expect(() => decodeSaveImage(good.subarray(0, good.length - 1))).toThrow(/truncated/);
    expect(() => decodeSaveImage(Buffer.concat([good, Buffer.alloc(1)]))).toThrow(/trailing bytes/);
    const flipped = Buffer.from(good);
    flipped[good.length - 100] ^= 1;
    expect(() => decodeSaveImage(flipped)).toThrow(/checksum mismatch/);
    const v1 = Buffer.from(good);
    v1.writeUInt32LE(1, 16);
    expect(() => decodeSaveImage(v1)).toThrow(/version 1 is not supported/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ domid: -1 }), pages))).toThrow(SaveImageError);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ memory: { populated: [[0x80000, 6]], data: [[0x80002, 1], [0x80001, 1]] } }), pages))).toThrow(/out of order/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ vcpus: [] }), []))).toThrow(/metadata/);
  });

  it('checks every field of a format 2 (JSON) vCPU context and shared_info before anything is built (issue 15)', () => {
    const bad = (hartState: string): SaveMetadata => meta({ vcpus: [{ hartState, affinity: [0] }] });
    const v2 = (m: SaveMetadata): Buffer => encodeSaveImage(m, pages, SAVE_FORMAT_JSON_CONTEXTS);
    const refused: Array<[string, string]> = [
      [jsonContext({ singleshotDeadline: 'abc' }), 'vcpus[0].hartState: singleshotDeadline: "abc" is not an integer'],
      [jsonContext({ sbiTimerDeadline: 'abc' }), 'sbiTimerDeadline: "abc" is not an integer'],
      [jsonContext({ sbiTimerDeadline: 1.5 }), 'sbiTimerDeadline: 1.5 is not an integer'],
      [jsonContext({ singleshotDeadline: -1 }), 'singleshotDeadline: -1 is not an integer'],
      [jsonContext({ timeNs: undefined }), 'hart_state: timeNs is missing'],
      [jsonContext({ vcpuInfo: { gfn: 0x80001, offset: 4090 } }), 'vcpuInfo.offset'],
      [jsonContext({ extra: 1 }), 'unknown field extra'],
      [jsonContext({}, { csr: undefined }), 'hart: csr is missing'],
      [jsonContext({}, { x: undefined }), 'hart: x is missing'],
      [jsonContext({}, { x: [1, 2] }), 'hart.x: not a list of 32'],
      [jsonContext({}, { priv: 2 }), 'hart.priv: 2 is not a privilege level'],
      [jsonContext({}, { csr: { ...csr, satp: 2 ** 33 } }), 'hart.csr.satp'],
      [jsonContext({}, { pmp: { cfg: [], addr: [] } }), 'hart.pmp.cfg'],
      [jsonContext({}, { waiting: 0 }), 'hart.waiting: not true or false'],
      [Buffer.from('{"hart":').toString('base64'), 'hart_state is not JSON'],
      ['not base64!', 'vcpus[0].hartState is not base64'],
    ];
    for (const [hartState, message] of refused) {
      expect(() => decodeSaveImage(v2(bad(hartState)))).toThrow(SaveImageError);
      expect(() => decodeSaveImage(v2(bad(hartState)))).toThrow(message);
    }
    expect(() => decodeSaveImage(encodeSaveImage(meta({ sharedInfo: '' }), pages))).toThrow('sharedInfo holds 0 bytes');
  });

  it('reads a format 2 image, its JSON vCPU contexts in the current form', () => {
    const old = meta({ vcpus: [{ hartState: jsonContext(), affinity: [0] }] });
    const img = decodeSaveImage(encodeSaveImage(old, pages, SAVE_FORMAT_JSON_CONTEXTS));
    expect(img.meta).toEqual(meta());
  });

  it('checks every field of a SavedVcpuContext message before anything is built', () => {
    const bad = (hartState: string): SaveMetadata => meta({ vcpus: [{ hartState, affinity: [0] }] });
    const hart = pb.SavedVcpuContext.decode(Buffer.from(context(), 'base64')).hart as pb.ISavedHart;
    const refused: Array<[string, string]> = [
      [rawContext({ version: 2, hart }), 'hart_state: version 2 is not supported'],
      [rawContext({ version: 1 }), 'hart_state: hart is missing'],
      [rawContext({ version: 1, hart: { ...hart, x: [1, 2] } }), 'hart.x: not a list of 32'],
      [rawContext({ version: 1, hart: { ...hart, priv: 2 } }), 'hart.priv: 2 is not a privilege level'],
      [rawContext({ version: 1, hart: { ...hart, pmpCfg: [] } }), 'hart.pmp.cfg: not a list of 16'],
      [rawContext({ version: 1, hart: { ...hart, pmpCfg: new Array(16).fill(0x100) } }), 'hart.pmp.cfg[0]: 256 is not an integer in 0..255'],
      [rawContext({ version: 1, hart: { ...hart, instret: 2 ** 60 } }), 'hart.instret'],
      [rawContext({ version: 1, hart, timeNs: 2 ** 60 }), 'timeNs'],
      [rawContext({ version: 1, hart, singleshotDeadlineNs: 2 ** 60 }), 'singleshotDeadline'],
      [rawContext({ version: 1, hart, vcpuInfo: { gfn: 0x80001, offset: 4090 } }), 'vcpuInfo.offset'],
      [rawContext({ version: 1, hart, vcpuInfo: { gfn: 0x80001, offset: 4 } }), 'vcpuInfo.offset: 4 is not 8-byte aligned'],
      [rawContext({ version: 1, hart, vcpuInfo: { gfn: 2 ** 40, offset: 0 } }), 'vcpuInfo.gfn'],
      [Buffer.from([0x0a, 0xff, 0xff, 0xff]).toString('base64'), 'hart_state is not a SavedVcpuContext'],
    ];
    for (const [hartState, message] of refused) {
      expect(() => decodeSaveImage(encodeSaveImage(bad(hartState), pages))).toThrow(SaveImageError);
      expect(() => decodeSaveImage(encodeSaveImage(bad(hartState), pages))).toThrow(message);
    }
    expect(() => decodeSaveImage(encodeSaveImage(meta({ sharedInfo: '' }), pages))).toThrow('sharedInfo holds 0 bytes');
    // What encodeVcpuContext writes is read back as it was.
    const full = saved({ vcpuInfo: { gfn: 0x80001, offset: 64 }, sbiTimerDeadline: 7, vmAssist: 0x8000_0001 },
      { reservation: 0x8000_1000, cycleOffset: -5, x: Array.from({ length: 32 }, (_, i) => (i * 0x1234_5679) >>> 0), csr: { ...csr, mstatus: 0x8000_0022 } });
    const read = decodeSaveImage(encodeSaveImage(bad(Buffer.from(encodeVcpuContext(full)).toString('base64')), pages)).meta.vcpus[0].hartState;
    expect(decodeVcpuContext(Buffer.from(read, 'base64'))).toEqual(full);
    const frames: Array<[unknown, string]> = [
      [[{ gfn: 0xfffe0, entries: '' }], 'grantTable[0].entries holds 0 bytes'],
      [[{ gfn: -2, entries: page }], 'grantTable[0].gfn'],
      [[{ entries: page }], 'grantTable[0].gfn'],
      [{ gfn: 1 }, 'grantTable is not a list'],
    ];
    for (const [grantTable, message] of frames) {
      expect(() => decodeSaveImage(encodeSaveImage(meta({ grantTable } as unknown as Partial<SaveMetadata>), pages))).toThrow(message);
    }
  });

  it('reads an image written before grant tables were carried as one without grants', () => {
    const { grantTable: _none, ...older } = meta();
    expect(decodeSaveImage(encodeSaveImage(older as SaveMetadata, pages)).meta.grantTable).toEqual([]);
  });

  it('carries a FIFO domain\'s event-channel state and ports past 4,095; reads format 3 images, which have neither', () => {
    const fifo = Buffer.from(encodeEvtchnFifoState({ controlBlocks: [{ gfn: 0x80003, offset: 0 }], arrayGfns: [0x80004], tails: new Array(16).fill(0), ports: [] })).toString('base64');
    const evtchn = [{ port: 5000, status: 2, vcpu: 0, remoteDom: 0, remotePort: 70000, virq: 0 }];
    const img = decodeSaveImage(encodeSaveImage(meta({ evtchn, evtchnFifo: fifo }), pages));
    expect(img.meta.evtchnFifo).toBe(fifo);
    expect(img.meta.evtchn).toEqual(evtchn);
    const v3 = encodeSaveImage(meta(), pages, SAVE_FORMAT_PROTO_CONTEXTS);
    expect(v3.readUInt32LE(16)).toBe(3);
    expect(decodeSaveImage(v3).meta).toEqual(meta());
    // A state of another version, or not a message at all, is refused before anything is built.
    const other = Buffer.from(pb.EvtchnFifoState.encode({ version: 99 }).finish()).toString('base64');
    expect(() => decodeSaveImage(encodeSaveImage(meta({ evtchnFifo: other }), pages))).toThrow(/evtchnFifo: EvtchnFifoState version 99 is not supported/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ evtchnFifo: '////' }), pages))).toThrow(/evtchnFifo: not an EvtchnFifoState/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ evtchn: [{ ...evtchn[0], port: 1 << 17 }] }), pages))).toThrow(/evtchn\[0\]\.port/);
  });

  it('describes frames as runs', () => {
    expect(toRuns([1, 2, 3, 7, 9, 10])).toEqual([[1, 3], [7, 1], [9, 2]]);
    expect(toRuns([])).toEqual([]);
  });
});

describe('formatDomainConfig', () => {
  it('gives text that parses back to the same config', () => {
    const text = 'name = "we\\"b"\nkernel = "/k.elf"\nmemory = 8\nmaxmem = 16\nvcpus = 2\ncpus = ["0-1,^1", "all"]\ncpu_weight = 512\ncap = 50\ncmdline = "a\\tb"\non_crash = "preserve"\n';
    const c = parseDomainConfig(text, '/x.cfg').config;
    expect(parseDomainConfig(formatDomainConfig(c), '/y.cfg').config).toEqual(c);
  });
});
