/**
 * The emulated-device bus of an HVM domain: the ns16550 UART window at 0x1000_0000 and the
 * PLIC window at 0x0c00_0000 go to the device models dom0 registered for the domain (a synchronous callback in this version —
 * the ioreq round trip is charged as EXIT_CYCLES_MMIO); everything else, or no device model,
 * faults.
 */
import { BUS_FAULT, type Bus } from '@hvsim/riscv';
// By module: the package index re-exports through getters too slow for every access.
import { HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE } from '@hvsim/abi/abi_version';
import { EXIT_CYCLES_MMIO } from '../constants';
import type { Core } from '../core';
import { ExitReason } from '../trace';
import type { Domain, MmioRequest } from './domain';

export function hvmBus(core: Core, domain: () => Domain): Bus {
  const req: MmioRequest = { domid: 0, addr: 0, size: 1, write: false, value: 0 };
  const access = (addr: number, size: 1 | 2 | 4, write: boolean, value: number): number | null => {
    const d = domain();
    if (!inWindow(addr, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE) && !inWindow(addr, HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE)) return null;
    if (d.mmioHandler === null) return null;
    core.extraCycles += EXIT_CYCLES_MMIO;
    d.counters.exits[ExitReason.Mmio]++;
    req.domid = d.domid;
    req.addr = addr;
    req.size = size;
    req.write = write;
    req.value = value;
    try {
      return d.mmioHandler(req);
    } catch {
      // A failing device model refuses the access; it must not take the hypervisor down.
      return null;
    }
  };
  return {
    read(addr, size) {
      const r = access(addr, size, false, 0);
      return r === null ? BUS_FAULT : size === 4 ? r >>> 0 : r & (size === 1 ? 0xff : 0xffff);
    },
    write(addr, size, value) {
      return access(addr, size, true, value) !== null;
    },
  };
}

function inWindow(addr: number, base: number, size: number): boolean {
  return addr >= base && addr - base < size;
}
