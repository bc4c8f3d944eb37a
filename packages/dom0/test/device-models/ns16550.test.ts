import { HVSIM_HVM_PLIC_BASE, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE } from '@hvsim/abi';
import { ConsoleBackend, CostMeter, DeviceModels, HVM_UART_IRQ, Ns16550DeviceModel } from '../../src';

const THR = 0, IER = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4, LSR = 5, SCR = 7;

function uart(): { dev: Ns16550DeviceModel; out: number[]; irqs: boolean[] } {
  const out: number[] = [];
  const irqs: boolean[] = [];
  const dev = new Ns16550DeviceModel({ transmit: (b) => out.push(b), irq: (l) => irqs.push(l) });
  return { dev, out, irqs };
}

describe('ns16550 device model', () => {
  it('transmits THR writes and always reports the transmitter empty', () => {
    const { dev, out } = uart();
    for (const ch of 'ok\n') dev.write(THR, ch.charCodeAt(0));
    expect(String.fromCharCode(...out)).toBe('ok\n');
    expect(dev.read(LSR) & 0x60).toBe(0x60);
  });

  it('holds the divisor latch and scratch registers behind DLAB', () => {
    const { dev, out } = uart();
    dev.write(LCR, 0x83);
    dev.write(0, 0x0c);
    dev.write(1, 0x00);
    dev.write(LCR, 0x03);
    dev.write(SCR, 0x5a);
    expect(out).toEqual([]);
    dev.write(LCR, 0x83);
    expect([dev.read(0), dev.read(1)]).toEqual([0x0c, 0x00]);
    dev.write(LCR, 0x03);
    expect(dev.read(SCR)).toBe(0x5a);
    expect(dev.read(LCR)).toBe(0x03);
  });

  it('receives input into a FIFO of 16 bytes (1 without FIFOs) and flags overrun', () => {
    const { dev } = uart();
    expect(dev.receive(Uint8Array.of(1, 2))).toBe(1); // no FIFO: one byte
    expect(dev.read(LSR) & 0x03).toBe(0x03); // data ready + overrun
    expect(dev.read(LSR) & 0x02).toBe(0); // overrun clears on read
    expect(dev.read(THR)).toBe(1);
    expect(dev.read(LSR) & 1).toBe(0);
    dev.write(FCR, 0x07);
    expect(dev.rxSpace).toBe(16);
    expect(dev.receive(new Uint8Array(20).fill(7))).toBe(16);
    expect(dev.read(IIR) & 0xc0).toBe(0xc0);
  });

  it('raises the interrupt for received data and for THR empty, as IER enables them', () => {
    const { dev, irqs } = uart();
    dev.write(IER, 0x01);
    dev.receive(Uint8Array.of(65));
    expect(irqs).toEqual([true]);
    expect(dev.read(IIR) & 0x0f).toBe(0x04);
    expect(dev.read(THR)).toBe(65);
    expect(irqs).toEqual([true, false]);
    dev.write(IER, 0x03); // enabling ETBEI with THR empty fires at once
    expect(irqs).toEqual([true, false, true]);
    expect(dev.read(IIR) & 0x0f).toBe(0x02); // reading IIR acknowledges THRE
    expect(irqs).toEqual([true, false, true, false]);
    dev.write(THR, 66);
    expect(irqs).toEqual([true, false, true, false, true]);
    dev.write(IER, 0x00);
    expect(irqs.at(-1)).toBe(false);
    expect(dev.read(IIR) & 0x0f).toBe(0x01);
  });

  it('loops transmitted bytes back in loopback mode', () => {
    const { dev, out } = uart();
    dev.write(MCR, 0x10);
    dev.write(THR, 0x41);
    expect(out).toEqual([]);
    expect(dev.read(THR)).toBe(0x41);
  });
});

describe('DeviceModels', () => {
  it('serves the UART and PLIC windows of HVM domains, feeds console input, and refuses the rest', () => {
    const console = new ConsoleBackend();
    const cost = new CostMeter(null);
    const dms = new DeviceModels(console, cost);
    const irqs: Array<[number, number, boolean]> = [];
    dms.connectIrq((domid, vcpu, level) => irqs.push([domid, vcpu, level]));
    console.open(5, 'hvm');
    dms.add(5, 2);
    const U = HVSIM_HVM_UART_BASE;
    for (const ch of 'hi') expect(dms.mmioWrite(5, U, 1, ch.charCodeAt(0))).toBe(true);
    expect(Buffer.from(console.history(5)).toString()).toBe('hi');
    // The UART's line goes through the PLIC: priority 1, enabled for context 3 (vCPU 1, S-mode).
    expect(dms.mmioWrite(5, HVSIM_HVM_PLIC_BASE + 4 * HVM_UART_IRQ, 4, 1)).toBe(true);
    expect(dms.mmioWrite(5, HVSIM_HVM_PLIC_BASE + 0x2000 + 3 * 0x80, 4, 1 << HVM_UART_IRQ)).toBe(true);
    expect(dms.mmioWrite(5, U + 1, 1, 1)).toBe(true); // IER: received data interrupt
    console.queueInput(5, new TextEncoder().encode('xy'));
    expect(irqs).toEqual([[5, 1, true]]);
    expect(dms.mmioRead(5, HVSIM_HVM_PLIC_BASE + 0x20_0000 + 3 * 0x1000 + 4, 4)).toBe(HVM_UART_IRQ); // claim
    expect(irqs.at(-1)).toEqual([5, 1, false]);
    expect(dms.mmioRead(5, U, 1)).toBe(0x78); // 'x' (no FIFO: one byte at a time)
    expect(dms.mmioWrite(5, HVSIM_HVM_PLIC_BASE + 0x20_0000 + 3 * 0x1000 + 4, 4, HVM_UART_IRQ)).toBe(true); // complete
    expect(irqs.at(-1)).toEqual([5, 1, true]); // 'y' is waiting
    expect(dms.mmioRead(5, U, 1)).toBe(0x79);
    expect(dms.mmioRead(5, U + HVSIM_HVM_UART_SIZE, 1)).toBeNull();
    expect(dms.mmioWrite(5, U + HVSIM_HVM_UART_SIZE - 1, 4, 0)).toBe(false);
    expect(dms.mmioRead(5, HVSIM_HVM_PLIC_BASE + 2, 4)).toBeNull(); // misaligned
    expect(dms.mmioRead(5, HVSIM_HVM_PLIC_BASE, 1)).toBeNull(); // the PLIC is 32-bit only
    expect(dms.mmioRead(5, HVSIM_HVM_PLIC_BASE + 0x20_0000 + 4 * 0x1000, 4)).toBeNull(); // no context 4 with 2 vCPUs
    expect(dms.mmioRead(6, U, 1)).toBeNull();
    dms.remove(5);
    expect(dms.has(5)).toBe(false);
  });
});

describe('DeviceModels save and restore', () => {
  const CLAIM1 = HVSIM_HVM_PLIC_BASE + 0x20_0000 + 0x1000 + 4;
  function models(): { dms: DeviceModels; console: ConsoleBackend; irqs: Array<[number, number, boolean]> } {
    const console = new ConsoleBackend();
    const dms = new DeviceModels(console, new CostMeter(null));
    const irqs: Array<[number, number, boolean]> = [];
    dms.connectIrq((domid, vcpu, level) => irqs.push([domid, vcpu, level]));
    return { dms, console, irqs };
  }

  it('carries the UART and PLIC registers, unread input and the interrupt in flight to the restored domain', () => {
    const a = models();
    a.console.open(3, 'vm');
    a.dms.add(3, 1);
    a.dms.mmioWrite(3, HVSIM_HVM_PLIC_BASE + 4 * HVM_UART_IRQ, 4, 5);
    a.dms.mmioWrite(3, HVSIM_HVM_PLIC_BASE + 0x2000 + 0x80, 4, 1 << HVM_UART_IRQ);
    a.dms.mmioWrite(3, HVSIM_HVM_UART_BASE + 2, 1, 0x01); // FIFO on
    a.dms.mmioWrite(3, HVSIM_HVM_UART_BASE + 1, 1, 0x01); // IER: received data
    a.dms.mmioWrite(3, HVSIM_HVM_UART_BASE + 7, 1, 0x5a); // scratch
    a.console.queueInput(3, new TextEncoder().encode('ok'));
    expect(a.irqs).toEqual([[3, 0, true]]);
    const saved = JSON.parse(JSON.stringify(a.dms.saveDomainState(3))) as unknown;
    expect(a.dms.saveDomainState(4)).toBeUndefined(); // no HVM devices, nothing in the image

    const b = models();
    b.console.open(9, 'vm');
    b.dms.add(9, 1);
    b.dms.restoreDomainState(9, 3, saved);
    expect(b.irqs).toEqual([[9, 0, true]]);
    expect(b.dms.mmioRead(9, HVSIM_HVM_UART_BASE + 7, 1)).toBe(0x5a);
    expect(b.dms.mmioRead(9, CLAIM1, 4)).toBe(HVM_UART_IRQ);
    expect([b.dms.mmioRead(9, HVSIM_HVM_UART_BASE, 1), b.dms.mmioRead(9, HVSIM_HVM_UART_BASE, 1)]).toEqual([0x6f, 0x6b]);
  });

  it('refuses a state that is not one it wrote', () => {
    const { dms, console } = models();
    console.open(2, 'vm');
    dms.add(2, 1);
    const good = dms.saveDomainState(2) as { uart: Record<string, unknown>; plic: Record<string, unknown> };
    const bad: unknown[] = [
      null, 7, {}, { uart: good.uart }, { plic: good.plic },
      { uart: { ...good.uart, ier: 256 }, plic: good.plic },
      { uart: { ...good.uart, rx: new Array(17).fill(0) }, plic: good.plic },
      { uart: { ...good.uart, thrEmptyPending: 1 }, plic: good.plic },
      { uart: good.uart, plic: { ...good.plic, priority: [8, ...(good.plic.priority as number[]).slice(1)] } },
      { uart: good.uart, plic: { ...good.plic, enable: [0, 0, 0] } },
      { uart: good.uart, plic: { ...good.plic, lines: -1 } },
    ];
    for (const state of bad) expect(() => dms.restoreDomainState(2, 1, state)).toThrow(/state/);
    expect(() => dms.restoreDomainState(5, 1, good)).toThrow(/HVM/);
  });
});
