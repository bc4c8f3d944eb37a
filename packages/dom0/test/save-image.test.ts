import { formatDomainConfig } from '../src/config/config-text';
import { parseDomainConfig } from '../src/config/domain-config';
import { SaveImageError, SaveMetadata, decodeSaveImage, encodeSaveImage, toRuns } from '../src/toolstack/save-image';

const meta = (over: Partial<SaveMetadata> = {}): SaveMetadata => ({
  name: 'd', uuid: '00000000-0000-4000-8000-000000000000', config: 'name = "d"\n', configFile: '', domid: 3, savedAtNs: 5,
  layout: { startInfoGfn: 0x80003, sharedInfoGfn: 0xfffdf, consoleGfn: 0x80005, storeGfn: 0x80004, consoleEvtchn: 1, storeEvtchn: 2, entry: 0x80000000, nrPages: 6 },
  maxPages: 6, targetPages: 0, sched: { weight: 256, cap: 0 }, vcpus: [{ hartState: 'e30=', affinity: [0] }],
  evtchn: [{ port: 1, status: 1, vcpu: 0, remoteDom: 0, remotePort: 0, virq: 0 }],
  memory: { populated: [[0x80000, 6]], data: [[0x80001, 2]] }, sharedInfo: '', services: {}, ...over,
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
    const v2 = Buffer.from(good);
    v2.writeUInt32LE(2, 16);
    expect(() => decodeSaveImage(v2)).toThrow(/version 2 is not supported/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ domid: -1 }), pages))).toThrow(SaveImageError);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ memory: { populated: [[0x80000, 6]], data: [[0x80002, 1], [0x80001, 1]] } }), pages))).toThrow(/out of order/);
    expect(() => decodeSaveImage(encodeSaveImage(meta({ vcpus: [] }), []))).toThrow(/metadata/);
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
