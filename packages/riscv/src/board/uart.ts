import type { Bus } from '../memory';
import { BUS_FAULT } from '../constants';

/** Register offsets of the ns16550 (register shift 0, as on QEMU virt). */
const RBR_THR_DLL = 0;
const IER_DLM = 1;
const IIR_FCR = 2;
const LCR = 3;
const MCR = 4;
const LSR = 5;
const MSR = 6;
const SCR = 7;

const LCR_DLAB = 0x80;
const LSR_THRE = 0x20; // transmit holding register empty
const LSR_TEMT = 0x40; // transmitter empty
const IIR_NO_INTERRUPT = 0x01;
const IIR_FIFO_ENABLED = 0xc0;
const FCR_FIFO_ENABLE = 0x01;

/** Receives every byte the guest transmits. */
export type ByteSink = (byte: number) => void;

/**
 * An ns16550 UART, transmit side: THR writes go to the sink at once, so LSR always reports
 * the transmitter empty. Divisor latch, FCR, LCR, MCR and scratch registers hold what the
 * driver writes (QEMU's virt programming sequence and polling drivers both work). Nothing is
 * ever received (RBR reads 0, LSR.DR stays clear) and no interrupt is raised.
 */
export class Ns16550 implements Bus {
  static readonly SIZE = 0x100;
  private ier = 0;
  private lcr = 0;
  private mcr = 0;
  private scr = 0;
  private fcr = 0;
  private dll = 0;
  private dlm = 0;

  constructor(private readonly sink: ByteSink) {}

  read(offset: number, _size: 1 | 2 | 4): number {
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case RBR_THR_DLL: return dlab ? this.dll : 0;
      case IER_DLM: return dlab ? this.dlm : this.ier;
      case IIR_FCR: return IIR_NO_INTERRUPT | (this.fcr & FCR_FIFO_ENABLE ? IIR_FIFO_ENABLED : 0);
      case LCR: return this.lcr;
      case MCR: return this.mcr;
      case LSR: return LSR_THRE | LSR_TEMT;
      case MSR: return 0;
      case SCR: return this.scr;
      default: return offset < Ns16550.SIZE ? 0 : BUS_FAULT;
    }
  }

  write(offset: number, _size: 1 | 2 | 4, value: number): boolean {
    const byte = value & 0xff;
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case RBR_THR_DLL:
        if (dlab) this.dll = byte;
        else this.sink(byte);
        return true;
      case IER_DLM:
        if (dlab) this.dlm = byte;
        else this.ier = byte & 0x0f;
        return true;
      case IIR_FCR: this.fcr = byte; return true;
      case LCR: this.lcr = byte; return true;
      case MCR: this.mcr = byte & 0x1f; return true;
      case SCR: this.scr = byte; return true;
      default: return offset < Ns16550.SIZE; // LSR, MSR and the rest: writes ignored
    }
  }
}
