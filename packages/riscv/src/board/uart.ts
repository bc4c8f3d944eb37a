import type { Bus } from '../memory';
import { BUS_FAULT } from '../constants';
import {
  NS16550_FCR_FIFO_ENABLE,
  NS16550_IER_DLM,
  NS16550_IIR_FCR,
  NS16550_IIR_FIFO_ENABLED,
  NS16550_IIR_NO_INTERRUPT,
  NS16550_LCR,
  NS16550_LCR_DLAB,
  NS16550_LSR,
  NS16550_LSR_TEMT,
  NS16550_LSR_THRE,
  NS16550_MCR,
  NS16550_MMIO_SIZE,
  NS16550_MSR,
  NS16550_RBR_THR_DLL,
  NS16550_SCR,
} from './ns16550-registers';

/** Receives every byte the guest transmits. */
export type ByteSink = (byte: number) => void;

/**
 * An ns16550 UART, transmit side: THR writes go to the sink at once, so LSR always reports
 * the transmitter empty. Divisor latch, FCR, LCR, MCR and scratch registers hold what the
 * driver writes (QEMU's virt programming sequence and polling drivers both work). Nothing is
 * ever received (RBR reads 0, LSR.DR stays clear) and no interrupt is raised.
 */
export class Ns16550 implements Bus {
  static readonly SIZE = NS16550_MMIO_SIZE;
  private ier = 0;
  private lcr = 0;
  private mcr = 0;
  private scr = 0;
  private fcr = 0;
  private dll = 0;
  private dlm = 0;

  constructor(private readonly sink: ByteSink) {}

  read(offset: number, _size: 1 | 2 | 4): number {
    const dlab = (this.lcr & NS16550_LCR_DLAB) !== 0;
    switch (offset) {
      case NS16550_RBR_THR_DLL: return dlab ? this.dll : 0;
      case NS16550_IER_DLM: return dlab ? this.dlm : this.ier;
      case NS16550_IIR_FCR: return NS16550_IIR_NO_INTERRUPT | (this.fcr & NS16550_FCR_FIFO_ENABLE ? NS16550_IIR_FIFO_ENABLED : 0);
      case NS16550_LCR: return this.lcr;
      case NS16550_MCR: return this.mcr;
      case NS16550_LSR: return NS16550_LSR_THRE | NS16550_LSR_TEMT;
      case NS16550_MSR: return 0;
      case NS16550_SCR: return this.scr;
      default: return offset < Ns16550.SIZE ? 0 : BUS_FAULT;
    }
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): boolean {
    const byte = value & 0xff;
    const dlab = (this.lcr & NS16550_LCR_DLAB) !== 0;
    switch (offset) {
      case NS16550_RBR_THR_DLL:
        if (dlab) this.dll = byte;
        else this.sink(byte);
        return true;
      case NS16550_IER_DLM:
        if (dlab) this.dlm = byte;
        else this.ier = byte & 0x0f;
        return true;
      case NS16550_IIR_FCR: this.fcr = byte; return true;
      case NS16550_LCR: this.lcr = byte; return true;
      case NS16550_MCR: this.mcr = byte & 0x1f; return true;
      case NS16550_SCR: this.scr = byte; return true;
      default: return offset < Ns16550.SIZE; // LSR, MSR and the rest: writes ignored
    }
  }
}
