import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StatusCode } from '@hvsim/control';
import { FDT_MAGIC, FdtError, FdtWriter, buildHvmDeviceTree } from '../../src';
import { ENTRY, Harness, bootHarness, create } from './harness';

const RAM_BASE_GFN = 0x80000;

/** Runs a tool of Debian's device-tree-compiler (installed by .ci/run) on the blob. */
function withBlob(blob: Uint8Array, tool: string, args: (file: string) => string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-fdt-'));
  try {
    const file = path.join(dir, 'tree.dtb');
    fs.writeFileSync(file, blob);
    const r = spawnSync(tool, args(file), { encoding: 'utf8' });
    if (r.error !== undefined) throw new Error(`${tool} (apt-get install device-tree-compiler): ${r.error.message}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `dtc -I dtb -O dts`, with string lists always shown as "a", "b" (dtc prints some as "a\0b"). */
function dtcDecode(blob: Uint8Array): string {
  return withBlob(blob, 'dtc', (file) => ['-q', '-I', 'dtb', '-O', 'dts', file]).replace(/\\0/g, '", "');
}

/** A property as unsigned cells (dtc guesses a type from the bytes; fdtget is told it). */
function cellsOf(blob: Uint8Array, node: string, prop: string): number[] {
  return withBlob(blob, 'fdtget', (file) => ['-t', 'u', file, node, prop]).trim().split(' ').map(Number);
}

function memreserve(address: number, size: number): string {
  return `/memreserve/\t0x${address.toString(16).padStart(16, '0')} 0x${size.toString(16).padStart(16, '0')};`;
}

describe('FDT writer', () => {
  it('writes a version 17 blob that dtc reads back, strings stored once, reservations first', () => {
    const blob = new FdtWriter()
      .beginNode('')
      .cells('#address-cells', 1)
      .strings('compatible', 'a,b', 'c')
      .beginNode('node@1f').cells('reg', 0x1f).empty('flag').endNode()
      .beginNode('other').cells('reg', 2).endNode()
      .endNode()
      .finish({ reservations: [{ address: 0x8000_1000, size: 0x1000 }], bootCpuidPhys: 0 });
    const view = new DataView(blob.buffer);
    expect(view.getUint32(0)).toBe(FDT_MAGIC);
    expect(view.getUint32(4)).toBe(blob.length);
    expect([view.getUint32(20), view.getUint32(24)]).toEqual([17, 16]);
    expect(view.getUint32(16) % 8).toBe(0);
    expect(view.getUint32(32)).toBe('#address-cells\0compatible\0reg\0flag\0'.length);
    const dts = dtcDecode(blob);
    expect(dts).toContain(memreserve(0x8000_1000, 0x1000));
    expect(dts).toContain('compatible = "a,b", "c";');
    expect(dts).toMatch(/node@1f \{\s*reg = <0x1f>;\s*flag;\s*\};/);
    expect(dts).toMatch(/other \{\s*reg = <0x02>;\s*\};/);
  });

  it('refuses what the spec does not allow instead of writing a bad blob', () => {
    const root = (): FdtWriter => new FdtWriter().beginNode('');
    expect(() => new FdtWriter().beginNode('x')).toThrow(FdtError);
    expect(() => root().beginNode('')).toThrow(/bad node name/);
    expect(() => root().beginNode('a'.repeat(32))).toThrow(/bad node name/);
    expect(() => root().beginNode('sp ace')).toThrow(/bad node name/);
    expect(() => root().beginNode('n@')).toThrow(/bad node name/);
    expect(() => root().cells('bad name', 1)).toThrow(/bad property name/);
    expect(() => root().cells('reg', 1).cells('reg', 2)).toThrow(/twice/);
    expect(() => root().beginNode('c').endNode().cells('late', 1)).toThrow(/after a child/);
    expect(() => root().cells('reg', -1)).toThrow(/not a u32/);
    expect(() => root().cells('reg', 2 ** 32)).toThrow(/not a u32/);
    expect(() => root().strings('s', 'a\0b')).toThrow(/NUL/);
    expect(() => root().strings('s')).toThrow(/at least one/);
    expect(() => root().finish()).toThrow(/not closed/);
    expect(() => root().endNode().endNode()).toThrow(/without an open node/);
    expect(() => root().endNode().beginNode('')).toThrow(/one root/);
    expect(() => new FdtWriter().property('p', new Uint8Array(0))).toThrow(/outside any node/);
    expect(() => root().endNode().finish({ reservations: [{ address: 0, size: 0 }] })).toThrow(/reservation/);
  });
});

describe('HVM device tree', () => {
  it('describes RAM, the vCPUs, chosen, and the UART wired to the PLIC as Linux expects', () => {
    const blob = buildHvmDeviceTree({
      memoryBase: 0x8000_0000, memoryBytes: 64 << 20, nrVcpus: 2, bootargs: 'console=ttyS0 earlycon',
      reservations: [{ address: 0x83ff_d000, size: 0x1000 }],
    });
    const dts = dtcDecode(blob);
    expect(dts).toContain(memreserve(0x83ff_d000, 0x1000));
    expect(dts).toMatch(/#address-cells = <0x01>;\s*#size-cells = <0x01>;/);
    expect(dts).toMatch(/chosen \{\s*bootargs = "console=ttyS0 earlycon";\s*stdout-path = "\/soc\/serial@10000000";/);
    expect(dts).toMatch(/memory@80000000 \{\s*device_type = "memory";\s*reg = <0x80000000 0x4000000>;/);
    expect(dts).toMatch(/cpus \{\s*#address-cells = <0x01>;\s*#size-cells = <0x00>;\s*timebase-frequency = <0x3b9aca00>;/);
    for (const n of [0, 1]) {
      expect(dts).toMatch(new RegExp(`cpu@${n} \\{\\s*device_type = "cpu";\\s*reg = <0x0${n}>;\\s*status = "okay";\\s*compatible = "riscv";\\s*` +
        `riscv,isa = "rv32ima_zicsr_zifencei";\\s*mmu-type = "riscv,sv32";\\s*interrupt-controller \\{\\s*#interrupt-cells = <0x01>;\\s*` +
        `interrupt-controller;\\s*compatible = "riscv,cpu-intc";\\s*phandle = <0x0${n + 1}>;`));
    }
    // Contexts 0-3: hart 0 M, hart 0 S, hart 1 M, hart 1 S.
    expect(dts).toMatch(/interrupt-controller@c000000 \{\s*compatible = "sifive,plic-1.0.0", "riscv,plic0";\s*#address-cells = <0x00>;\s*#interrupt-cells = <0x01>;\s*interrupt-controller;\s*reg = <0xc000000 0x4000000>;\s*interrupts-extended = <0x01 0x0b 0x01 0x09 0x02 0x0b 0x02 0x09>;\s*riscv,ndev = <0x1f>;\s*phandle = <0x03>;/);
    expect(dts).toMatch(/serial@10000000 \{\s*compatible = "ns16550a";\s*reg = <0x10000000 0x100>;\s*clock-frequency = [^;]*;\s*interrupts = <0x0a>;\s*interrupt-parent = <0x03>;/);
    expect(cellsOf(blob, '/soc/serial@10000000', 'clock-frequency')).toEqual([3_686_400]);
  });

  it("gives each cpu the ISA its host offers (boot --isa)", () => {
    const blob = buildHvmDeviceTree({ memoryBase: 0x8000_0000, memoryBytes: 16 << 20, nrVcpus: 1, bootargs: '', reservations: [], isa: 'rv32ia_zicsr_zifencei' });
    expect(dtcDecode(blob)).toMatch(/cpu@0 \{[^}]*riscv,isa = "rv32ia_zicsr_zifencei";/);
  });
});

describe('domain builder, HVM', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await bootHarness();
  });
  afterEach(() => h.close());

  it('places the device tree below the special pages, reserves them in it, and hands it to every vCPU in a1', async () => {
    const domid = await create(h, 'vm', 'type = "hvm"\nmaxvcpus = 2\ncmdline = "console=ttyS0"', true);
    const d = h.core.domains.get(domid)!;
    const top = RAM_BASE_GFN + d.nrPages - 1;
    // The fake core put shared_info at top - 1: console top, store top - 2, start_info top - 3.
    const fdtGpa = (top - 4) * 4096;
    for (const vcpu of [0, 1]) {
      expect(d.contexts[vcpu].pc).toBe(ENTRY);
      expect(d.contexts[vcpu].regs![10]).toBe(vcpu);
      expect(d.contexts[vcpu].regs![11]).toBe(fdtGpa);
    }
    const header = new DataView(h.core.readGuest(domid, fdtGpa, 8).slice().buffer);
    expect(header.getUint32(0)).toBe(FDT_MAGIC);
    const dts = dtcDecode(h.core.readGuest(domid, fdtGpa, header.getUint32(4)));
    for (const gfn of [top - 3, top - 2, top - 1, top]) expect(dts).toContain(memreserve(gfn * 4096, 0x1000));
    expect(dts).toContain(`reg = <0x80000000 0x${(d.nrPages * 4096).toString(16)}>;`);
    expect(dts).toContain('bootargs = "console=ttyS0";');
    expect(dts).toContain('cpu@1 {');
  });

  it('refuses a command line no device tree can carry (a NUL in it), leaving no domain behind', async () => {
    await expect(create(h, 'nul', 'type = "hvm"\ncmdline = "a\u0000b"', true)).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL, message: expect.stringContaining("device tree: property \"bootargs\"") });
    expect(h.core.domains.size).toBe(1); // dom0 only
  });

  it('gives a PV guest start_info, not a device tree', async () => {
    const domid = await create(h, 'pv', '', true);
    const d = h.core.domains.get(domid)!;
    expect(d.contexts[0].regs![11]).toBe((RAM_BASE_GFN + d.nrPages - 4) * 4096);
  });
});
