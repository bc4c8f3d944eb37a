import { HVM_PLIC_NDEV, PlicDeviceModel } from '../../src';

const PRIORITY = (s: number): number => 4 * s;
const PENDING = 0x1000;
const ENABLE = (ctx: number): number => 0x2000 + 0x80 * ctx;
const THRESHOLD = (ctx: number): number => 0x20_0000 + 0x1000 * ctx;
const CLAIM = (ctx: number): number => THRESHOLD(ctx) + 4;

function plic(nrVcpus = 1): { p: PlicDeviceModel; out: Array<[number, boolean]> } {
  const out: Array<[number, boolean]> = [];
  const p = new PlicDeviceModel(nrVcpus, (vcpu, level) => out.push([vcpu, level]));
  return { p, out };
}

describe('PLIC device model', () => {
  it('delivers an enabled source above the threshold to the S-mode context only', () => {
    const { p, out } = plic();
    p.setLine(10, true);
    expect(p.read(PENDING)).toBe(1 << 10);
    expect(out).toEqual([]); // priority 0: never delivered
    p.write(PRIORITY(10), 3);
    p.write(ENABLE(0), 1 << 10); // M-mode context drives nothing
    expect(out).toEqual([]);
    p.write(ENABLE(1), 1 << 10);
    expect(out).toEqual([[0, true]]);
    p.write(THRESHOLD(1), 3);
    expect(out.at(-1)).toEqual([0, false]);
    expect(p.read(CLAIM(1))).toBe(0); // nothing above the threshold
    p.write(THRESHOLD(1), 2);
    expect(out.at(-1)).toEqual([0, true]);
  });

  it('claims the highest priority first, holds a claimed source until completion, and re-latches a level still high', () => {
    const { p, out } = plic();
    for (const s of [3, 5]) {
      p.write(PRIORITY(s), s === 3 ? 1 : 6);
      p.setLine(s, true);
    }
    p.write(ENABLE(1), (1 << 3) | (1 << 5));
    expect(p.read(CLAIM(1))).toBe(5);
    expect(p.read(CLAIM(1))).toBe(3);
    expect(out.at(-1)).toEqual([0, false]);
    expect(p.read(PENDING)).toBe(0);
    p.setLine(3, false);
    p.write(CLAIM(1), 3);
    expect(p.read(PENDING)).toBe(0);
    p.write(CLAIM(1), 5);
    expect(p.read(PENDING)).toBe(1 << 5);
    expect(out.at(-1)).toEqual([0, true]);
  });

  it('keeps priorities to 0-7, ignores writes to pending and completions of sources not enabled, and refuses what it does not decode', () => {
    const { p } = plic(2);
    p.write(PRIORITY(1), 0xffff_ffff);
    expect(p.read(PRIORITY(1))).toBe(7);
    expect(p.read(0)).toBe(0);
    expect(p.read(PRIORITY(HVM_PLIC_NDEV + 1))).toBeNull();
    p.write(ENABLE(3), 0xffff_ffff);
    expect(p.read(ENABLE(3))).toBe(0xffff_fffe); // source 0 does not exist
    p.setLine(1, true);
    expect(p.write(PENDING, 0)).toBe(true);
    expect(p.read(PENDING)).toBe(2);
    expect(p.read(CLAIM(3))).toBe(1);
    p.write(CLAIM(1), 1); // context 1 has source 1 disabled: ignored
    expect(p.read(PENDING)).toBe(0);
    p.write(CLAIM(3), 99);
    expect(p.read(PENDING)).toBe(0);
    expect(p.read(ENABLE(4))).toBeNull();
    expect(p.read(THRESHOLD(4))).toBeNull();
    expect(p.read(THRESHOLD(1) + 8)).toBeNull();
    expect(p.read(PENDING + 4)).toBeNull();
    expect(p.write(1, 0)).toBe(false);
  });
});
