import { BUS_FAULT, MIP_MSIP, MIP_MTIP } from '../src/constants';
import { Clint, CLINT_NS_PER_TICK } from '../src/board/clint';
import { SifiveTestFinisher, type FinisherRequest } from '../src/board/finisher';
import { Htif, type HtifMemory } from '../src/board/htif';
import { MmioBus } from '../src/board/mmio';
import { LazyRam } from '../src/board/ram';
import { Ns16550 } from '../src/board/uart';

describe('LazyRam', () => {
  it('reads unwritten pages as a shared read-only zero frame and allocates on write', () => {
    const ram = new LazyRam(4);
    const out = { writable: true };
    const zero = ram.frame(1, false, out);
    expect(out.writable).toBe(false);
    expect(zero).toBe(ram.frame(2, false, out));
    expect(ram.allocatedPages).toBe(0);
    const page = ram.frame(1, true, out)!;
    expect(out.writable).toBe(true);
    expect(page).not.toBe(zero);
    page[7] = 42;
    expect(ram.frame(1, false, out)![7]).toBe(42);
    expect(out.writable).toBe(true);
    expect(zero![7]).toBe(0);
    expect(ram.allocatedPages).toBe(1);
  });

  it('has no pages beyond its size', () => {
    const ram = new LazyRam(4);
    const out = { writable: false };
    expect(ram.frame(4, true, out)).toBeNull();
    expect(ram.frame(-1, false, out)).toBeNull();
  });
});

describe('Ns16550', () => {
  function uart(): { dev: Ns16550; out: number[] } {
    const out: number[] = [];
    return { dev: new Ns16550((b) => out.push(b)), out };
  }

  it('sends THR writes to the sink and always reports the transmitter empty', () => {
    const { dev, out } = uart();
    expect(dev.read(5, 1) & 0x60).toBe(0x60);
    dev.write(0, 1, 0x48);
    dev.write(0, 1, 0x169); // only the low byte is transmitted
    expect(out).toEqual([0x48, 0x69]);
    expect(dev.read(5, 1) & 0x01).toBe(0); // no received data
  });

  it('keeps the divisor latch apart from THR and IER while DLAB is set', () => {
    const { dev, out } = uart();
    dev.write(3, 1, 0x80); // DLAB
    dev.write(0, 1, 0x03);
    dev.write(1, 1, 0x00);
    expect(out).toEqual([]);
    expect(dev.read(0, 1)).toBe(0x03);
    dev.write(3, 1, 0x03); // 8N1, DLAB off
    expect(dev.read(3, 1)).toBe(0x03);
    expect(dev.read(0, 1)).toBe(0); // RBR: nothing received
    dev.write(1, 1, 0x01);
    expect(dev.read(1, 1)).toBe(0x01);
    dev.write(0, 1, 0x41);
    expect(out).toEqual([0x41]);
  });

  it('reports FIFOs and no pending interrupt in IIR, and keeps the scratch register', () => {
    const { dev } = uart();
    expect(dev.read(2, 1)).toBe(0x01);
    dev.write(2, 1, 0x07);
    expect(dev.read(2, 1)).toBe(0xc1);
    dev.write(7, 1, 0x5a);
    expect(dev.read(7, 1)).toBe(0x5a);
  });

  it('answers inside its window and refuses outside it', () => {
    const { dev } = uart();
    expect(dev.read(0x20, 1)).toBe(0);
    expect(dev.write(0x20, 1, 1)).toBe(true);
    expect(dev.read(Ns16550.SIZE, 1)).toBe(BUS_FAULT);
    expect(dev.write(Ns16550.SIZE, 1, 1)).toBe(false);
  });
});

describe('SifiveTestFinisher', () => {
  function finisher(): { dev: SifiveTestFinisher; got: FinisherRequest[] } {
    const got: FinisherRequest[] = [];
    return { dev: new SifiveTestFinisher((r) => got.push(r)), got };
  }

  it('maps 0x5555 to exit 0, code<<16|0x3333 to exit code and 0x7777 to reset', () => {
    const { dev, got } = finisher();
    dev.write(0, 4, 0x5555);
    dev.write(0, 4, (42 << 16) | 0x3333);
    dev.write(0, 4, 0x7777);
    expect(got).toEqual([{ kind: 'exit', code: 0 }, { kind: 'exit', code: 42 }, { kind: 'reset' }]);
  });

  it('ignores other values and other offsets', () => {
    const { dev, got } = finisher();
    expect(dev.write(0, 4, 0x1234)).toBe(true);
    expect(dev.write(4, 4, 0x5555)).toBe(true);
    expect(dev.read(0, 4)).toBe(0);
    expect(got).toEqual([]);
    expect(dev.write(SifiveTestFinisher.SIZE, 4, 0x5555)).toBe(false);
  });
});

describe('Clint', () => {
  function clint(): { dev: Clint; host: { ns: number; mip: number; moved: number } } {
    const host = { ns: 0, mip: 0, moved: 0 };
    const dev = new Clint({
      nowNs: () => host.ns,
      setPending: (mask, on) => { host.mip = on ? host.mip | mask : host.mip & ~mask; },
      deadlineChanged: () => { host.moved++; },
    });
    return { dev, host };
  }

  it('counts mtime at 10 MHz of virtual time', () => {
    const { dev, host } = clint();
    expect(CLINT_NS_PER_TICK).toBe(100);
    host.ns = 1_000_000_000;
    expect(dev.read(0xbff8, 4)).toBe(10_000_000);
    expect(dev.read(0xbffc, 4)).toBe(0);
    host.ns = 5_000_000_000_000; // 5e10 ticks: past 2^32
    expect(dev.read(0xbffc, 4)).toBe(Math.floor(5e10 / 2 ** 32));
    expect(dev.read(0xbff8, 4)).toBe(5e10 % 2 ** 32);
  });

  it('raises MTIP when mtime reaches mtimecmp and clears it when mtimecmp moves on', () => {
    const { dev, host } = clint();
    expect(dev.deadlineNs()).toBe(Infinity);
    dev.write(0x4004, 4, 0);
    dev.write(0x4000, 4, 50);
    expect(host.moved).toBe(2);
    expect(dev.deadlineNs()).toBe(5000);
    expect(host.mip & MIP_MTIP).toBe(0);
    host.ns = 4999;
    dev.update();
    expect(host.mip & MIP_MTIP).toBe(0);
    host.ns = 5000;
    dev.update();
    expect(host.mip & MIP_MTIP).toBe(MIP_MTIP);
    dev.write(0x4000, 4, 100);
    expect(host.mip & MIP_MTIP).toBe(0);
    expect(dev.read(0x4000, 4)).toBe(100);
  });

  it('lets software set mtime, shifting the deadline', () => {
    const { dev, host } = clint();
    host.ns = 1000; // mtime 10
    dev.write(0xbff8, 4, 1000);
    expect(dev.read(0xbff8, 4)).toBe(1000);
    dev.write(0x4004, 4, 0);
    dev.write(0x4000, 4, 1010);
    expect(dev.deadlineNs()).toBe(2000);
    dev.write(0xbffc, 4, 1);
    expect(dev.read(0xbffc, 4)).toBe(1);
    expect(dev.read(0xbff8, 4)).toBe(1000);
  });

  it('drives MSIP from msip bit 0', () => {
    const { dev, host } = clint();
    dev.write(0, 4, 0xffffffff);
    expect(dev.read(0, 4)).toBe(1);
    expect(host.mip & MIP_MSIP).toBe(MIP_MSIP);
    dev.write(0, 4, 0);
    expect(host.mip & MIP_MSIP).toBe(0);
  });

  it('refuses accesses that are not 32-bit', () => {
    const { dev } = clint();
    expect(dev.read(0xbff8, 1)).toBe(BUS_FAULT);
    expect(dev.write(0x4000, 2, 1)).toBe(false);
  });
});

describe('MmioBus', () => {
  it('hands devices offsets and refuses unmapped or straddling accesses', () => {
    const seen: Array<[number, number]> = [];
    const bus = new MmioBus();
    bus.map(0x1000, 0x100, {
      read: (offset) => offset + 1,
      write: (offset, _size, value) => { seen.push([offset, value]); return true; },
    });
    expect(bus.read(0x1010, 4)).toBe(0x11);
    expect(bus.write(0x10fc, 4, 7)).toBe(true);
    expect(seen).toEqual([[0xfc, 7]]);
    expect(bus.read(0x10fe, 4)).toBe(BUS_FAULT);
    expect(bus.read(0x0fff, 1)).toBe(BUS_FAULT);
    expect(bus.write(0x2000, 4, 1)).toBe(false);
  });
});

describe('Htif', () => {
  const TOHOST = 0x1000, FROMHOST = 0x1040, MAGIC = 0x2000;

  class FakeMemory implements HtifMemory {
    bytes = new Uint8Array(0x4000);
    read(addr: number): number {
      if (addr + 4 > this.bytes.length) return BUS_FAULT;
      return new DataView(this.bytes.buffer).getUint32(addr, true);
    }
    write(addr: number, _size: 4, value: number): boolean {
      new DataView(this.bytes.buffer).setUint32(addr, value >>> 0, true);
      return true;
    }
    readBytes(addr: number, dst: Uint8Array): boolean {
      if (addr + dst.length > this.bytes.length) return false;
      dst.set(this.bytes.subarray(addr, addr + dst.length));
      return true;
    }
  }

  function htif(): { dev: Htif; mem: FakeMemory; out: number[] } {
    const mem = new FakeMemory();
    const out: number[] = [];
    return { dev: new Htif(mem, TOHOST, FROMHOST, (b) => out.push(b)), mem, out };
  }

  it('keeps running while tohost is zero', () => {
    const { dev } = htif();
    expect(dev.poll()).toBeNull();
  });

  it('reads 1 as pass and odd values as the failed test number', () => {
    const { dev, mem } = htif();
    mem.write(TOHOST, 4, 1);
    expect(dev.poll()).toBe(0);
    mem.write(TOHOST, 4, (5 << 1) | 1);
    expect(dev.poll()).toBe(5);
    expect(mem.read(TOHOST)).toBe(0);
  });

  it('prints console putchar requests and acknowledges them in fromhost', () => {
    const { dev, mem, out } = htif();
    mem.write(TOHOST, 4, 0x41);
    mem.write(TOHOST + 4, 4, 0x01010000);
    expect(dev.poll()).toBeNull();
    expect(out).toEqual([0x41]);
    expect(mem.read(TOHOST) | mem.read(TOHOST + 4)).toBe(0);
    expect(mem.read(FROMHOST + 4)).toBe(0x01010000);
  });

  it('serves the proxied write syscall and answers -ENOSYS to others', () => {
    const { dev, mem, out } = htif();
    const text = Buffer.from('hi\n');
    mem.bytes.set(text, 0x3000);
    mem.write(MAGIC, 4, 64); // SYS_write
    mem.write(MAGIC + 8, 4, 1); // fd
    mem.write(MAGIC + 16, 4, 0x3000);
    mem.write(MAGIC + 24, 4, text.length);
    mem.write(TOHOST, 4, MAGIC);
    expect(dev.poll()).toBeNull();
    expect(Buffer.from(out).toString()).toBe('hi\n');
    expect(mem.read(MAGIC)).toBe(3);
    expect(mem.read(FROMHOST)).toBe(1);

    mem.write(MAGIC, 4, 1234);
    mem.write(TOHOST, 4, MAGIC);
    expect(dev.poll()).toBeNull();
    expect(mem.read(MAGIC) | 0).toBe(-38);
    expect(mem.read(MAGIC + 4)).toBe(0xffffffff);
  });

  it('answers -EFAULT to a write from outside memory, and exits on the exit syscall', () => {
    const { dev, mem } = htif();
    mem.write(MAGIC, 4, 64);
    mem.write(MAGIC + 16, 4, 0x3ff0);
    mem.write(MAGIC + 24, 4, 0x100);
    mem.write(TOHOST, 4, MAGIC);
    expect(dev.poll()).toBeNull();
    expect(mem.read(MAGIC) | 0).toBe(-14);
    mem.write(MAGIC, 4, 93); // SYS_exit
    mem.write(MAGIC + 4, 4, 0);
    mem.write(MAGIC + 8, 4, 7);
    mem.write(TOHOST, 4, MAGIC);
    expect(dev.poll()).toBe(7);
  });
});
