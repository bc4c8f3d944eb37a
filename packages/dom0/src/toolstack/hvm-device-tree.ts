/**
 * The device tree an HVM domain boots with (as QEMU's virt board describes itself to a RISC-V
 * kernel): RAM, the vCPUs with their interrupt controllers, the PLIC, the ns16550 UART wired
 * to it, and /chosen with the command line. Addresses and sizes are one cell each: the guest
 * is rv32 and its guest-physical window lies below 4 GiB.
 */
import { HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE, HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE } from '@hvsim/abi';
import { HVM_PLIC_NDEV, HVM_UART_IRQ } from '../device-models/plic';
import { FdtWriter, type FdtReservation } from './fdt';

/** The `time` CSR counts virtual nanoseconds. */
export const HVM_TIMEBASE_HZ = 1_000_000_000;
/** What the hart implements (packages/riscv); Linux parses the extensions after `rv32`. */
export const HVM_RISCV_ISA = 'rv32ima_zicsr_zifencei';
/** The UART's input clock as QEMU's virt board gives it (1.8432 MHz × 2); a driver only
 *  derives divisors from it, which this UART accepts and ignores. */
export const HVM_UART_CLOCK_HZ = 3_686_400;
/** Local interrupt numbers of the riscv,cpu-intc (mip bits). */
const IRQ_S_EXT = 9;
const IRQ_M_EXT = 11;

export interface HvmTreeSpec {
  memoryBase: number;
  memoryBytes: number;
  nrVcpus: number;
  bootargs: string;
  /** Pages the kernel must leave alone (start_info, rings): the blob's reservation block. */
  reservations: readonly FdtReservation[];
  /** Each cpu's riscv,isa: what the host offers (boot --isa); default HVM_RISCV_ISA. */
  isa?: string;
}

const UART_PATH = `/soc/serial@${HVSIM_HVM_UART_BASE.toString(16)}`;

export function buildHvmDeviceTree(spec: HvmTreeSpec): Uint8Array {
  const intcPhandle = (vcpu: number): number => vcpu + 1;
  const plicPhandle = spec.nrVcpus + 1;
  const fdt = new FdtWriter();
  fdt.beginNode('')
    .cells('#address-cells', 1)
    .cells('#size-cells', 1)
    .strings('compatible', 'hvsim,hvm')
    .strings('model', 'hvsim HVM domain');

  fdt.beginNode('chosen')
    .strings('bootargs', spec.bootargs)
    .strings('stdout-path', UART_PATH)
    .endNode();

  fdt.beginNode(`memory@${spec.memoryBase.toString(16)}`)
    .strings('device_type', 'memory')
    .cells('reg', spec.memoryBase, spec.memoryBytes)
    .endNode();

  fdt.beginNode('cpus')
    .cells('#address-cells', 1)
    .cells('#size-cells', 0)
    .cells('timebase-frequency', HVM_TIMEBASE_HZ);
  for (let vcpu = 0; vcpu < spec.nrVcpus; vcpu++) {
    fdt.beginNode(`cpu@${vcpu.toString(16)}`)
      .strings('device_type', 'cpu')
      .cells('reg', vcpu)
      .strings('status', 'okay')
      .strings('compatible', 'riscv')
      .strings('riscv,isa', spec.isa ?? HVM_RISCV_ISA)
      .strings('mmu-type', 'riscv,sv32');
    fdt.beginNode('interrupt-controller')
      .cells('#interrupt-cells', 1)
      .empty('interrupt-controller')
      .strings('compatible', 'riscv,cpu-intc')
      .cells('phandle', intcPhandle(vcpu))
      .endNode();
    fdt.endNode();
  }
  fdt.endNode();

  fdt.beginNode('soc')
    .cells('#address-cells', 1)
    .cells('#size-cells', 1)
    .strings('compatible', 'simple-bus')
    .empty('ranges');
  // Contexts as on QEMU virt: 2n = hart n's M-mode external interrupt, 2n+1 = its S-mode one.
  const contexts: number[] = [];
  for (let vcpu = 0; vcpu < spec.nrVcpus; vcpu++) contexts.push(intcPhandle(vcpu), IRQ_M_EXT, intcPhandle(vcpu), IRQ_S_EXT);
  fdt.beginNode(`interrupt-controller@${HVSIM_HVM_PLIC_BASE.toString(16)}`)
    .strings('compatible', 'sifive,plic-1.0.0', 'riscv,plic0')
    .cells('#address-cells', 0)
    .cells('#interrupt-cells', 1)
    .empty('interrupt-controller')
    .cells('reg', HVSIM_HVM_PLIC_BASE, HVSIM_HVM_PLIC_SIZE)
    .cells('interrupts-extended', ...contexts)
    .cells('riscv,ndev', HVM_PLIC_NDEV)
    .cells('phandle', plicPhandle)
    .endNode();
  fdt.beginNode(`serial@${HVSIM_HVM_UART_BASE.toString(16)}`)
    .strings('compatible', 'ns16550a')
    .cells('reg', HVSIM_HVM_UART_BASE, HVSIM_HVM_UART_SIZE)
    .cells('clock-frequency', HVM_UART_CLOCK_HZ)
    .cells('interrupts', HVM_UART_IRQ)
    .cells('interrupt-parent', plicPhandle)
    .endNode();
  fdt.endNode();

  fdt.endNode();
  return fdt.finish({ reservations: spec.reservations, bootCpuidPhys: 0 });
}
