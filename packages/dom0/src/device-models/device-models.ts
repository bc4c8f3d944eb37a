/**
 * dom0's device models (QEMU's role under Xen): per HVM domain an ns16550 UART, its output
 * going to the console backend and its input coming from it, and the PLIC its interrupt goes
 * through to the domain's vCPUs.
 *
 * The core forwards an HVM domain's accesses to the device windows here (an ioreq).
 * DomctlService has no ioreq stream yet, so the boot loader, which holds the core, connects the
 * core's MMIO hook to `mmioRead`/`mmioWrite` and the PLIC's outputs back through `IrqSink`.
 */
import { ConsoleBackend } from '../console/console-backend';
import { CostMeter } from '../cost-model';
import type { DomainServiceHooks } from '../platform';
import { HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE } from '@hvsim/abi';
import { Ns16550DeviceModel } from './ns16550';
import { HVM_UART_IRQ, PlicDeviceModel } from './plic';


/** Raises/lowers the supervisor external interrupt of an HVM domain's vCPU (the PLIC's
 *  output for that hart's S-mode context). */
export type IrqSink = (domid: number, vcpu: number, level: boolean) => void;

interface HvmDevices {
  uart: Ns16550DeviceModel;
  plic: PlicDeviceModel;
}

/** The device models travel with a saved HVM domain as a domain service's state. */
export class DeviceModels implements DomainServiceHooks {
  readonly stateKey = 'hvm-devices';
  private readonly devices = new Map<number, HvmDevices>();
  private irqSink: IrqSink | null = null;

  constructor(private readonly console: ConsoleBackend, private readonly cost: CostMeter) {}

  /** Where interrupt changes go (set by the boot loader). */
  connectIrq(sink: IrqSink | null): void {
    this.irqSink = sink;
  }

  has(domid: number): boolean {
    return this.devices.has(domid);
  }

  /** Starts the device models of a new HVM domain with `nrVcpus` vCPUs (its console must be
   *  open). */
  add(domid: number, nrVcpus: number): void {
    const plic = new PlicDeviceModel(nrVcpus, (vcpu, level) => this.irqSink?.(domid, vcpu, level));
    const uart = new Ns16550DeviceModel({
      transmit: (byte) => this.console.append(domid, Uint8Array.of(byte)),
      irq: (level) => plic.setLine(HVM_UART_IRQ, level),
    });
    this.devices.set(domid, { uart, plic });
    this.console.setInputConsumer(domid, () => this.feedInput(domid));
  }

  remove(domid: number): void {
    this.devices.delete(domid);
  }

  /** The UART's and the PLIC's registers (undefined for a domain without device models). */
  saveDomainState(domid: number): unknown {
    const dev = this.devices.get(domid);
    return dev === undefined ? undefined : { uart: dev.uart.saveState(), plic: dev.plic.saveState() };
  }

  restoreDomainState(domid: number, savedDomid: number, state: unknown): void {
    const dev = this.devices.get(domid);
    if (dev === undefined) throw new Error(`domain ${savedDomid}'s device state is for an HVM domain`);
    if (typeof state !== 'object' || state === null) throw new Error(`domain ${savedDomid}'s device state is not an object`);
    const { uart, plic } = state as { uart?: unknown; plic?: unknown };
    dev.plic.loadState(plic);
    dev.uart.loadState(uart);
  }

  /** A guest load at guest-physical `gpa`. Returns the value, or null when the domain has no
   *  device there or the access is not one the device decodes (→ access fault). */
  mmioRead(domid: number, gpa: number, size: 1 | 2 | 4): number | null {
    const dev = this.devices.get(domid);
    if (dev === undefined) return null;
    if (inWindow(gpa, size, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE)) {
      this.cost.charge('uartAccess');
      const value = dev.uart.read(gpa - HVSIM_HVM_UART_BASE);
      this.feedInput(domid);
      return value;
    }
    if (size === 4 && inWindow(gpa, size, HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE)) {
      this.cost.charge('plicAccess');
      return dev.plic.read(gpa - HVSIM_HVM_PLIC_BASE);
    }
    return null;
  }

  /** A guest store at guest-physical `gpa`; false → access fault. */
  mmioWrite(domid: number, gpa: number, size: 1 | 2 | 4, value: number): boolean {
    const dev = this.devices.get(domid);
    if (dev === undefined) return false;
    if (inWindow(gpa, size, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE)) {
      this.cost.charge('uartAccess');
      dev.uart.write(gpa - HVSIM_HVM_UART_BASE, value);
      return true;
    }
    if (size === 4 && inWindow(gpa, size, HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE)) {
      this.cost.charge('plicAccess');
      return dev.plic.write(gpa - HVSIM_HVM_PLIC_BASE, value);
    }
    return false;
  }

  /** Moves queued console input into the receive FIFO as far as it has room. */
  private feedInput(domid: number): void {
    const dev = this.devices.get(domid);
    if (dev === undefined || !this.console.has(domid)) return;
    const room = dev.uart.rxSpace;
    if (room > 0 && this.console.pendingInput(domid) > 0) dev.uart.receive(this.console.takeInput(domid, room));
  }
}

function inWindow(gpa: number, size: number, base: number, length: number): boolean {
  return gpa >= base && gpa + size <= base + length;
}
