/**
 * The ns16550 UART an HVM domain sees at 0x1000_0000 (docs/ARCHITECTURE.md, "Guest ABI and
 * transport"), as dom0's device model serves it (QEMU's serial device's role under Xen).
 * Register shift 0, as on QEMU virt. Transmitted bytes go to the console backend; bytes typed
 * at the console arrive in the receive FIFO; the interrupt line follows IER/LSR like the real
 * part's.
 */
import {
  NS16550_FCR_CLEAR_RX,
  NS16550_FCR_FIFO_ENABLE,
  NS16550_IER_DLM,
  NS16550_IER_ELSI,
  NS16550_IER_ERBFI,
  NS16550_IER_ETBEI,
  NS16550_IIR_FCR,
  NS16550_IIR_FIFO_ENABLED,
  NS16550_IIR_NO_INTERRUPT,
  NS16550_IIR_RDA,
  NS16550_IIR_RLS,
  NS16550_IIR_THRE,
  NS16550_LCR,
  NS16550_LCR_DLAB,
  NS16550_LSR,
  NS16550_LSR_DR,
  NS16550_LSR_OE,
  NS16550_LSR_TEMT,
  NS16550_LSR_THRE,
  NS16550_MCR,
  NS16550_MCR_LOOP,
  NS16550_MMIO_SIZE,
  NS16550_MSR,
  NS16550_RBR_THR_DLL,
  NS16550_SCR,
} from '@hvsim/riscv';

export { NS16550_MMIO_SIZE };

/** The 16550's receive FIFO holds 16 bytes; without FIFOs, one. */
const RX_FIFO_BYTES = 16;

/** What `xl save` carries of the UART: its registers and the received bytes not yet read. */
export interface Ns16550State {
  ier: number; lcr: number; mcr: number; scr: number; fcr: number; dll: number; dlm: number;
  lsrErrors: number; thrEmptyPending: boolean; rx: number[];
}

const BYTE_REGISTERS = ['ier', 'lcr', 'mcr', 'scr', 'fcr', 'dll', 'dlm', 'lsrErrors'] as const;

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
        this.lsrErrors |= NS16550_LSR_OE;
        break;
      }
      this.rx.push(b);
      taken++;
    }
    this.update();
    return taken;
  }

  saveState(): Ns16550State {
    const { ier, lcr, mcr, scr, fcr, dll, dlm, lsrErrors, thrEmptyPending } = this;
    return { ier, lcr, mcr, scr, fcr, dll, dlm, lsrErrors, thrEmptyPending, rx: [...this.rx] };
  }

  /** Loads a saved state (from a file: checked, and refused whole if anything is off). */
  loadState(state: unknown): void {
    if (typeof state !== 'object' || state === null) throw new Error('UART state: not an object');
    const s = state as Record<string, unknown>;
    const isByte = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xff;
    for (const k of BYTE_REGISTERS) if (!isByte(s[k])) throw new Error(`UART state: ${k} is not a byte`);
    if (typeof s.thrEmptyPending !== 'boolean') throw new Error('UART state: thrEmptyPending is not a boolean');
    if (!Array.isArray(s.rx) || !s.rx.every(isByte) || s.rx.length > RX_FIFO_BYTES) throw new Error('UART state: rx is not a FIFO of bytes');
    const v = s as unknown as Ns16550State;
    Object.assign(this, { ier: v.ier & 0x0f, lcr: v.lcr, mcr: v.mcr & 0x1f, scr: v.scr, fcr: v.fcr, dll: v.dll, dlm: v.dlm, lsrErrors: v.lsrErrors, thrEmptyPending: v.thrEmptyPending });
    this.rx.length = 0;
    this.rx.push(...v.rx);
    this.update();
  }

  /** Only byte accesses exist on this part; wider ones read/write the low byte. Offsets past
   *  the eight registers read 0 and ignore writes, within the device's window. */
  read(offset: number): number {
    const dlab = (this.lcr & NS16550_LCR_DLAB) !== 0;
    let value = 0;
    switch (offset) {
      case NS16550_RBR_THR_DLL:
        if (dlab) value = this.dll;
        else value = this.rx.shift() ?? 0;
        break;
      case NS16550_IER_DLM:
        value = dlab ? this.dlm : this.ier;
        break;
      case NS16550_IIR_FCR:
        value = this.iir() | (this.fcr & NS16550_FCR_FIFO_ENABLE ? NS16550_IIR_FIFO_ENABLED : 0);
        if ((value & 0x0f) === NS16550_IIR_THRE) this.thrEmptyPending = false;
        break;
      case NS16550_LCR:
        value = this.lcr;
        break;
      case NS16550_MCR:
        value = this.mcr;
        break;
      case NS16550_LSR:
        value = this.lsr();
        this.lsrErrors = 0;
        break;
      case NS16550_MSR:
        value = 0;
        break;
      case NS16550_SCR:
        value = this.scr;
        break;
    }
    this.update();
    return value;
  }

  write(offset: number, value: number): void {
    const byte = value & 0xff;
    const dlab = (this.lcr & NS16550_LCR_DLAB) !== 0;
    switch (offset) {
      case NS16550_RBR_THR_DLL:
        if (dlab) {
          this.dll = byte;
        } else if (this.mcr & NS16550_MCR_LOOP) {
          this.receive(Uint8Array.of(byte));
          this.thrEmptyPending = (this.ier & NS16550_IER_ETBEI) !== 0;
        } else {
          this.sinks.transmit(byte);
          // Transmission is instantaneous: THR is empty again at once.
          this.thrEmptyPending = (this.ier & NS16550_IER_ETBEI) !== 0;
        }
        break;
      case NS16550_IER_DLM:
        if (dlab) {
          this.dlm = byte;
        } else {
          const enabling = (byte & NS16550_IER_ETBEI) !== 0 && (this.ier & NS16550_IER_ETBEI) === 0;
          this.ier = byte & 0x0f;
          if (enabling) this.thrEmptyPending = true; // THR is empty, so the interrupt fires at once
          if ((this.ier & NS16550_IER_ETBEI) === 0) this.thrEmptyPending = false;
        }
        break;
      case NS16550_IIR_FCR:
        this.fcr = byte;
        if (byte & NS16550_FCR_CLEAR_RX) this.rx.length = 0;
        break;
      case NS16550_LCR:
        this.lcr = byte;
        break;
      case NS16550_MCR:
        this.mcr = byte & 0x1f;
        break;
      case NS16550_SCR:
        this.scr = byte;
        break;
    }
    this.update();
  }

  private rxCapacity(): number {
    return this.fcr & NS16550_FCR_FIFO_ENABLE ? RX_FIFO_BYTES : 1;
  }

  private lsr(): number {
    return NS16550_LSR_THRE | NS16550_LSR_TEMT | (this.rx.length > 0 ? NS16550_LSR_DR : 0) | this.lsrErrors;
  }

  /** The highest-priority pending interrupt, as the 16550 ranks them. */
  private iir(): number {
    if (this.ier & NS16550_IER_ELSI && this.lsrErrors) return NS16550_IIR_RLS;
    if (this.ier & NS16550_IER_ERBFI && this.rx.length > 0) return NS16550_IIR_RDA;
    if (this.thrEmptyPending) return NS16550_IIR_THRE;
    return NS16550_IIR_NO_INTERRUPT;
  }

  private update(): void {
    const level = this.iir() !== NS16550_IIR_NO_INTERRUPT;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.sinks.irq(level);
    }
  }
}
