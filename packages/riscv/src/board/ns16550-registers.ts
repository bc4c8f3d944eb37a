/**
 * The ns16550's register map (register shift 0, as on QEMU virt) and the bits hvsim's two
 * models of the part use: the bare board's UART and dom0's device model for HVM domains.
 */
/** The register window the part decodes (QEMU virt maps 0x100). */
export const NS16550_MMIO_SIZE = 0x100;

export const NS16550_RBR_THR_DLL = 0;
export const NS16550_IER_DLM = 1;
export const NS16550_IIR_FCR = 2;
export const NS16550_LCR = 3;
export const NS16550_MCR = 4;
export const NS16550_LSR = 5;
export const NS16550_MSR = 6;
export const NS16550_SCR = 7;

export const NS16550_LCR_DLAB = 0x80;
export const NS16550_LSR_DR = 0x01; // data ready
export const NS16550_LSR_OE = 0x02; // overrun: a byte arrived with the FIFO full
export const NS16550_LSR_THRE = 0x20; // transmit holding register empty
export const NS16550_LSR_TEMT = 0x40; // transmitter empty
export const NS16550_IER_ERBFI = 0x01; // received data available interrupt
export const NS16550_IER_ETBEI = 0x02; // transmitter holding register empty interrupt
export const NS16550_IER_ELSI = 0x04; // receiver line status interrupt
export const NS16550_IIR_NO_INTERRUPT = 0x01;
export const NS16550_IIR_THRE = 0x02;
export const NS16550_IIR_RDA = 0x04;
export const NS16550_IIR_RLS = 0x06;
export const NS16550_IIR_FIFO_ENABLED = 0xc0;
export const NS16550_FCR_FIFO_ENABLE = 0x01;
export const NS16550_FCR_CLEAR_RX = 0x02;
export const NS16550_MCR_LOOP = 0x10;
