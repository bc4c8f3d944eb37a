import { stateLetters, type DomainRow } from '@hvsim/host/client';
import { formatList, LIST_HEADER, listLine } from '../src/format/list';
import { formatInfo } from '../src/format/info';
import { formatCpumap, formatVcpuList, parseCpumap, vcpuStateLetters } from '../src/format/vcpu-list';
import { formatSchedCredit } from '../src/format/sched-credit';

const dom0: DomainRow = {
  name: 'Domain-0', domid: 0, memKiB: 512 * 1024, vcpus: 1,
  running: true, blocked: false, paused: false, shutdown: false, crashed: false, dying: false,
  cpuTimeNs: 25_940_000_000,
};

describe('xl list format', () => {
  it('prints the header exactly as xl does', () => {
    expect(LIST_HEADER).toBe('Name                                        ID   Mem VCPUs\tState\tTime(s)');
  });

  it('prints a row with xl column widths', () => {
    expect(listLine(dom0)).toBe('Domain-0                                     0   512     1     r-----      25.9');
  });

  it('gives each state its letter in xl order', () => {
    const none = { running: false, blocked: false, paused: false, shutdown: false, crashed: false, dying: false };
    expect(stateLetters(none)).toBe('------');
    expect(stateLetters({ ...none, blocked: true })).toBe('-b----');
    expect(stateLetters({ ...none, paused: true })).toBe('--p---');
    expect(stateLetters({ ...none, shutdown: true, crashed: true })).toBe('---sc-');
    expect(stateLetters({ ...none, dying: true })).toBe('-----d');
  });

  it('sorts by domid and rounds memory down to MiB', () => {
    const guest: DomainRow = { ...dom0, name: 'hello', domid: 3, memKiB: 16 * 1024 + 1023, running: false, paused: true, cpuTimeNs: 49_999_999 };
    const out = formatList([guest, dom0]).split('\n');
    expect(out[1].startsWith('Domain-0')).toBe(true);
    expect(out[2]).toBe('hello                                        3    16     1     --p---       0.0');
    expect(out[3]).toBe('');
  });
});

describe('xl info format', () => {
  it('pads keys to 23 columns', () => {
    expect(formatInfo([['host', 'hvsim'], ['nr_cpus', 2]])).toBe('host                   : hvsim\nnr_cpus                : 2\n');
  });
});

describe('vcpu-list', () => {
  it('formats cpumaps as xl does', () => {
    expect(formatCpumap([0, 1, 2, 3], 4)).toBe('all');
    expect(formatCpumap([0, 1, 2, 5], 8)).toBe('0-2,5');
    expect(formatCpumap([3], 4)).toBe('3');
  });

  it('parses cpumaps, ranges and exclusions', () => {
    expect(parseCpumap('all', 4)).toEqual([0, 1, 2, 3]);
    expect(parseCpumap('0-2,^1', 4)).toEqual([0, 2]);
    expect(parseCpumap('3', 4)).toEqual([3]);
    expect(() => parseCpumap('4', 4)).toThrow(/cpu 4 does not exist/);
    expect(() => parseCpumap('x', 4)).toThrow(/bad cpu list/);
    expect(() => parseCpumap('2-1', 4)).toThrow(/bad cpu range/);
    expect(() => parseCpumap('0,^0', 4)).toThrow(/names no cpu/);
  });

  it('prints letters and aligns columns under the header', () => {
    expect(vcpuStateLetters({ online: true, running: false, blocked: true, paused: false })).toBe('-b-');
    expect(vcpuStateLetters({ online: false, running: false, blocked: false, paused: false })).toBe('--p');
    const out = formatVcpuList([
      { name: 'Domain-0', domid: 0, vcpu: 0, cpu: 1, online: true, running: true, blocked: false, paused: false, cpuTimeNs: 1.24e9, affinity: [0, 1], nrCpus: 2 },
    ]).split('\n');
    expect(out[0]).toBe('Name                                ID  VCPU   CPU State   Time(s) Affinity (Hard / Soft)');
    expect(out[1]).toBe('Domain-0                             0     0     1   r--       1.2 all / all');
    expect(out[0].indexOf('Time(s)') + 'Time(s)'.length).toBe(out[1].indexOf('1.2') + 3);
  });
});

describe('sched-credit', () => {
  it('prints xl columns', () => {
    const out = formatSchedCredit([
      { name: 'spin-b', domid: 2, weight: 512, cap: 0 },
      { name: 'Domain-0', domid: 0, weight: 256, cap: 0 },
    ]).split('\n');
    expect(out[0]).toBe('Name                                ID Weight  Cap');
    expect(out[1]).toBe('Domain-0                             0    256    0');
    expect(out[2]).toBe('spin-b                               2    512    0');
  });
});
