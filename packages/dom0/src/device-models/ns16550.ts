/**
 * The ns16550 UART an HVM domain sees at 0x1000_0000 (DESIGN.md "The guest machine"), as
 * dom0's device model serves it (QEMU's serial device's role under Xen). Register shift 0,
 * as on QEMU virt. Transmitted bytes go to the console backend; bytes typed at the console
 * arrive in the receive FIFO; the interrupt line follows IER/LSR like the real part's.
 */

export const NS16550_MMIO_SIZE = 0x100;

const RBR_THR_DLL = 0;
const IER_DLM = 1;
const IIR_FCR = 2;
const LCR = 3;
const MCR = 4;
const LSR = 5;
const MSR = 6;
const SCR = 7;

const LCR_DLAB = 0x80;
const LSR_DR = 0x01; // data ready
const LSR_OE = 0x02; // overrun: a byte arrived with the FIFO full
const LSR_THRE = 0x20;
const LSR_TEMT = 0x40;
const IER_ERBFI = 0x01; // received data available interrupt
const IER_ETBEI = 0x02; // transmitter holding register empty interrupt
const IER_ELSI = 0x04; // receiver line status interrupt
const IIR_NO_INTERRUPT = 0x01;
const IIR_RLS = 0x06;
const IIR_RDA = 0x04;
const IIR_THRE = 0x02;
const IIR_FIFO_ENABLED = 0xc0;
const FCR_FIFO_ENABLE = 0x01;
const FCR_CLEAR_RX = 0x02;
const MCR_LOOP = 0x10;

/** The 16550's receive FIFO holds 16 bytes; without FIFOs, one. */
const RX_FIFO_BYTES = 16;

export interface Ns16550Sinks {
  /** A byte the guest transmitted. */
  transmit(byte: number): void;
  /** The interrupt output changed level. */
  irq(level: boolean): void;
}

export class Ns16550DeviceModel {
  private ier = 0;
  private lcr = 0;
  private mcr = 0;
  private scr = 0;
  private fcr = 0;
  private dll = 0;
  private dlm = 0;
  private lsrErrors = 0;
  /** Set when THR becomes empty with ETBEI on; cleared by reading IIR or writing THR. */
  private thrEmptyPending = false;
  private readonly rx: number[] = [];
  private irqLevel = false;

  constructor(private readonly sinks: Ns16550Sinks) {}

  /** Room left in the receive FIFO: the console backend feeds at most this many bytes. */
  get rxSpace(): number {
    return this.rxCapacity() - this.rx.length;
  }

  /** Bytes arriving on the serial line (console input). Bytes beyond the FIFO overrun and
   *  are lost, as on the real part; returns how many were taken. */
  receive(bytes: Uint8Array): number {
    let taken = 0;
    for (const b of bytes) {
      if (this.rx.length >= this.rxCapacity()) {
        this.lsrErrors |= LSR_OE;
        break;
      }
      this.rx.push(b);
      taken++;
    }
    this.update();
    return taken;
  }

  /** Only byte accesses exist on this part; wider ones read/write the low byte. Offsets past
   *  the eight registers read 0 and ignore writes, within the device's window. */
  read(offset: number): number {
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    let value = 0;
    switch (offset) {
      case RBR_THR_DLL:
        if (dlab) value = this.dll;
        else value = this.rx.shift() ?? 0;
        break;
      case IER_DLM:
        value = dlab ? this.dlm : this.ier;
        break;
      case IIR_FCR:
        value = this.iir() | (this.fcr & FCR_FIFO_ENABLE ? IIR_FIFO_ENABLED : 0);
        if ((value & 0x0f) === IIR_THRE) this.thrEmptyPending = false;
        break;
      case LCR:
        value = this.lcr;
        break;
      case MCR:
        value = this.mcr;
        break;
      case LSR:
        value = this.lsr();
        this.lsrErrors = 0;
        break;
      case MSR:
        value = 0;
        break;
      case SCR:
        value = this.scr;
        break;
    }
    this.update();
    return value;
  }

  write(offset: number, value: number): void {
    const byte = value & 0xff;
    const dlab = (this.lcr & LCR_DLAB) !== 0;
    switch (offset) {
      case RBR_THR_DLL:
        if (dlab) {
          this.dll = byte;
        } else if (this.mcr & MCR_LOOP) {
          this.receive(Uint8Array.of(byte));
          this.thrEmptyPending = (this.ier & IER_ETBEI) !== 0;
        } else {
          this.sinks.transmit(byte);
          // Transmission is instantaneous: THR is empty again at once.
          this.thrEmptyPending = (this.ier & IER_ETBEI) !== 0;
        }
        break;
      case IER_DLM:
        if (dlab) {
          this.dlm = byte;
        } else {
          const enabling = (byte & IER_ETBEI) !== 0 && (this.ier & IER_ETBEI) === 0;
          this.ier = byte & 0x0f;
          if (enabling) this.thrEmptyPending = true; // THR is empty, so the interrupt fires at once
          if ((this.ier & IER_ETBEI) === 0) this.thrEmptyPending = false;
        }
        break;
      case IIR_FCR:
        this.fcr = byte;
        if (byte & FCR_CLEAR_RX) this.rx.length = 0;
        break;
      case LCR:
        this.lcr = byte;
        break;
      case MCR:
        this.mcr = byte & 0x1f;
        break;
      case SCR:
        this.scr = byte;
        break;
    }
    this.update();
  }

  private rxCapacity(): number {
    return this.fcr & FCR_FIFO_ENABLE ? RX_FIFO_BYTES : 1;
  }

  private lsr(): number {
    return LSR_THRE | LSR_TEMT | (this.rx.length > 0 ? LSR_DR : 0) | this.lsrErrors;
  }

  /** The highest-priority pending interrupt, as the 16550 ranks them. */
  private iir(): number {
    if (this.ier & IER_ELSI && this.lsrErrors) return IIR_RLS;
    if (this.ier & IER_ERBFI && this.rx.length > 0) return IIR_RDA;
    if (this.thrEmptyPending) return IIR_THRE;
    return IIR_NO_INTERRUPT;
  }

  private update(): void {
    const level = this.iir() !== IIR_NO_INTERRUPT;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.sinks.irq(level);
    }
  }
}
