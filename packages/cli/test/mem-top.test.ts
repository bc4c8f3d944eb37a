import { pb } from '@hvsim/control';
import { parseMemSizeKb } from '../src/mem-size';
import { formatTop, topRows } from '../src/format/top';

describe('xl memory sizes', () => {
  it.each([
    ['128', 131072], ['128m', 131072], ['128M', 131072], ['65536k', 65536], ['1g', 1048576], ['1t', 1073741824], ['8192b', 8],
  ])('%s is %d KiB', (text, kb) => expect(parseMemSizeKb(text)).toBe(kb));
  it.each(['', 'm', '12x', '-4m', '1.5m', '100b', '12 mb'])('refuses %j', (text) => expect(parseMemSizeKb(text)).toBeNull());
});

describe('top', () => {
  const dom = (domid: number, name: string, cpuNs: number, flags: Partial<pb.DomainInfo.$Properties> = {}): pb.Domain =>
    pb.Domain.create({ name, memoryKb: 4096, maxMemoryKb: 8192, info: pb.DomainInfo.create({ domid, cpuTimeNs: cpuNs, nrOnlineVcpus: 1, ...flags }) });

  it('computes CPU(%) over virtual time between samples and prints xentop columns', () => {
    const first = { timeNs: 1e9, domains: [dom(0, 'Domain-0', 1e8, { blocked: true }), dom(1, 'spin', 5e8, { running: true })] };
    const vbds = new Map([[1, [pb.Vbd.create({ rdReq: 3, wrReq: 5, rdSect: 24, wrSect: 40 }), pb.Vbd.create({ rdReq: 1, rdSect: 8 })]]]);
    const vifs = new Map([[2, [pb.Vif.create({ txBytes: 4096, rxBytes: 3000 }), pb.Vif.create({ txBytes: 1024, rxBytes: 100 })]]]);
    const second = { timeNs: 2e9, domains: [dom(0, 'Domain-0', 1.2e8, { blocked: true }), dom(1, 'spin', 1.25e9, { running: true }), dom(2, 'new', 1e6, { paused: true })], vbds, vifs };
    expect(topRows(first, null).map((r) => r.cpuPercent)).toEqual([0, 0]);
    const rows = topRows(second, first);
    expect(rows.map((r) => r.cpuPercent)).toEqual([2, 75, 0]);
    expect(formatTop(rows)).toBe(
      '      NAME  STATE   CPU(sec) CPU(%)     MEM(k)  MAXMEM(k) VCPUS NETS NETTX(k) NETRX(k) VBDS   VBD_OO   VBD_RD   VBD_WR  VBD_RSECT  VBD_WSECT\n' +
      '  Domain-0 --b---          0    2.0       4096       8192     1    0        0        0    0        0        0        0          0          0\n' +
      '      spin -----r          1   75.0       4096       8192     1    0        0        0    2        0        4        5         32         40\n' +
      '       new ----p-          0    0.0       4096       8192     1    2        5        3    0        0        0        0          0          0\n',
    );
  });

  it('never shows more than the vCPUs could use', () => {
    const a = { timeNs: 0, domains: [dom(1, 'x', 0)] };
    const b = { timeNs: 100, domains: [dom(1, 'x', 150)] };
    expect(topRows(b, a)[0].cpuPercent).toBe(100);
  });
});
