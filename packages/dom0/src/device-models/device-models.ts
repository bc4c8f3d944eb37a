/**
 * dom0's device models (QEMU's role under Xen): one ns16550 UART per HVM domain, its output
 * going to the console backend and its input coming from it.
 *
 * The core forwards an HVM domain's accesses to the UART window here (an ioreq). DomctlService
 * has no ioreq stream yet, so the boot loader, which holds the core, connects the core's MMIO
 * hook to `mmioRead`/`mmioWrite` and the interrupt line back through `IrqSink`.
 */
import { ConsoleBackend } from '../console/console-backend';
import { CostMeter } from '../cost-model';
import { NS16550_MMIO_SIZE, Ns16550DeviceModel } from './ns16550';

/** Guest-physical base of the HVM UART (docs/ARCHITECTURE.md, "Guest ABI and transport"). */
export const HVM_UART_BASE = 0x1000_0000;
export const HVM_UART_SIZE = NS16550_MMIO_SIZE;

/** Raises/lowers an HVM domain's UART interrupt (a supervisor external interrupt). */
export type IrqSink = (domid: number, level: boolean) => void;

export class DeviceModels {
  private readonly uarts = new Map<number, Ns16550DeviceModel>();
  private irqSink: IrqSink | null = null;

  constructor(private readonly console: ConsoleBackend, private readonly cost: CostMeter) {}

  /** Where interrupt changes go (set by the boot loader). */
  connectIrq(sink: IrqSink | null): void {
    this.irqSink = sink;
  }

  has(domid: number): boolean {
    return this.uarts.has(domid);
  }

  /** Starts the device model of a new HVM domain (its console must be open). */
  add(domid: number): void {
    const uart = new Ns16550DeviceModel({
      transmit: (byte) => this.console.append(domid, Uint8Array.of(byte)),
      irq: (level) => this.irqSink?.(domid, level),
    });
    this.uarts.set(domid, uart);
    this.console.setInputConsumer(domid, () => this.feedInput(domid));
  }

  remove(domid: number): void {
    this.uarts.delete(domid);
  }

  /** A guest load from the UART window; `offset` from HVM_UART_BASE. Returns the value, or
   *  null when the domain has no UART or the access is outside the window (→ access fault). */
  mmioRead(domid: number, offset: number, size: 1 | 2 | 4): number | null {
    const uart = this.uarts.get(domid);
    if (uart === undefined || !inWindow(offset, size)) return null;
    this.cost.charge('uartAccess');
    const value = uart.read(offset);
    this.feedInput(domid);
    return value;
  }

  /** A guest store to the UART window; false → access fault. */
  mmioWrite(domid: number, offset: number, size: 1 | 2 | 4, value: number): boolean {
    const uart = this.uarts.get(domid);
    if (uart === undefined || !inWindow(offset, size)) return false;
    this.cost.charge('uartAccess');
    uart.write(offset, value);
    return true;
  }

  /** Moves queued console input into the receive FIFO as far as it has room. */
  private feedInput(domid: number): void {
    const uart = this.uarts.get(domid);
    if (uart === undefined || !this.console.has(domid)) return;
    const room = uart.rxSpace;
    if (room > 0 && this.console.pendingInput(domid) > 0) uart.receive(this.console.takeInput(domid, room));
  }
}

function inWindow(offset: number, size: number): boolean {
  return offset >= 0 && offset + size <= HVM_UART_SIZE;
}
