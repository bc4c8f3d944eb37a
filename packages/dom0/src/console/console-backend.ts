/**
 * dom0's console backend (xenconsoled's role): per domain, the output the guest wrote — from
 * console_io and the SBI console (drained from the core), from the HVM UART device model, and
 * later from the PV console ring — kept in a bounded ring for late readers, appended to a log
 * file, and pushed to every attached client. Input typed at a console waits in a bounded
 * queue until the guest's input path (UART receive FIFO, PV console ring) takes it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ByteHistory } from '@hvsim/abi';
import { openAppendLog } from '@hvsim/files';

export interface ConsoleBackendOptions {
  /** Directory for per-domain log files `guest-NAME.log` (as xenconsoled names them);
   *  null = no log files. Created if missing. */
  logDir?: string | null;
  /** Bytes of output history kept per domain (default 64 KiB). */
  historyBytes?: number;
  /** Bytes of pending input accepted per domain (default 4 KiB); beyond it input is refused. */
  inputQueueBytes?: number;
}

/** A client attached to a console. */
export interface ConsoleListener {
  data(bytes: Uint8Array): void;
  /** The console went away (the domain was destroyed) or a non-follow read finished. */
  end(): void;
}

export interface ConsoleSubscription {
  cancel(): void;
}

const DEFAULT_HISTORY_BYTES = 64 * 1024;
const DEFAULT_INPUT_QUEUE_BYTES = 4 * 1024;

interface DomainConsole {
  name: string;
  history: ByteHistory;
  logFd: number | null;
  listeners: Set<ConsoleListener>;
  input: Uint8Array[];
  inputBytes: number;
  /** Told when input arrives, so the device model / ring can take it. */
  inputReady: (() => void) | null;
}

export class ConsoleBackend {
  private readonly consoles = new Map<number, DomainConsole>();
  private readonly logDir: string | null;
  private readonly historyBytes: number;
  private readonly inputQueueBytes: number;

  constructor(options: ConsoleBackendOptions = {}) {
    this.logDir = options.logDir ?? null;
    this.historyBytes = options.historyBytes ?? DEFAULT_HISTORY_BYTES;
    this.inputQueueBytes = options.inputQueueBytes ?? DEFAULT_INPUT_QUEUE_BYTES;
    if (this.logDir !== null) fs.mkdirSync(this.logDir, { recursive: true });
  }

  has(domid: number): boolean {
    return this.consoles.has(domid);
  }

  /** Starts the console of a new domain. */
  open(domid: number, name: string): void {
    if (this.consoles.has(domid)) throw new Error(`console of domain ${domid} is already open`);
    this.consoles.set(domid, {
      name,
      history: new ByteHistory(this.historyBytes),
      logFd: this.openLog(name),
      listeners: new Set(),
      input: [],
      inputBytes: 0,
      inputReady: null,
    });
  }

  /** Path of a domain's log file, or null without a log dir. */
  logPath(name: string): string | null {
    return this.logDir === null ? null : path.join(this.logDir, `guest-${name}.log`);
  }

  /** The domain got a new name: later output goes to the log of the new name. */
  rename(domid: number, name: string): void {
    const c = this.get(domid);
    // The new log first: a name whose log cannot be opened changes nothing.
    const logFd = this.openLog(name);
    this.closeLog(c);
    c.name = name;
    c.logFd = logFd;
  }

  /** Output from the guest. */
  append(domid: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const c = this.get(domid);
    c.history.append(bytes);
    if (c.logFd !== null) fs.writeSync(c.logFd, bytes);
    for (const l of c.listeners) l.data(bytes);
  }

  /** Everything still held, oldest first. */
  history(domid: number): Uint8Array {
    const c = this.get(domid);
    return c.history.read(c.history.start).data;
  }

  /**
   * Attaches a client: with `history`, first the output kept so far; with `follow`, then each
   * new piece until cancelled or the console closes; without it, `end` right after.
   */
  subscribe(domid: number, options: { history: boolean; follow: boolean }, listener: ConsoleListener): ConsoleSubscription {
    const c = this.get(domid);
    if (options.history) {
      const kept = this.history(domid);
      if (kept.length > 0) listener.data(kept);
    }
    if (!options.follow) {
      listener.end();
      return { cancel: () => undefined };
    }
    c.listeners.add(listener);
    return { cancel: () => c.listeners.delete(listener) };
  }

  /** Input typed at the console; returns how many bytes were queued (the rest did not fit). */
  queueInput(domid: number, bytes: Uint8Array): number {
    const c = this.get(domid);
    const n = Math.min(bytes.length, this.inputQueueBytes - c.inputBytes);
    if (n <= 0) return 0;
    c.input.push(bytes.slice(0, n));
    c.inputBytes += n;
    c.inputReady?.();
    return n;
  }

  /** Takes up to `max` bytes of pending input (for the UART receive FIFO or the PV ring). */
  takeInput(domid: number, max: number): Uint8Array {
    const c = this.get(domid);
    const out = new Uint8Array(Math.min(max, c.inputBytes));
    let filled = 0;
    while (filled < out.length) {
      const head = c.input[0];
      const n = Math.min(head.length, out.length - filled);
      out.set(head.subarray(0, n), filled);
      filled += n;
      if (n === head.length) c.input.shift();
      else c.input[0] = head.subarray(n);
    }
    c.inputBytes -= filled;
    return out;
  }

  pendingInput(domid: number): number {
    return this.get(domid).inputBytes;
  }

  /** Bytes of input the queue takes now. */
  inputRoom(domid: number): number {
    return this.inputQueueBytes - this.get(domid).inputBytes;
  }

  /** Registers who consumes a domain's input (one consumer: its UART or its PV ring). */
  setInputConsumer(domid: number, ready: (() => void) | null): void {
    this.get(domid).inputReady = ready;
  }

  /** The domain is gone: its listeners end, its log closes, its history is dropped. */
  close(domid: number): void {
    const c = this.consoles.get(domid);
    if (c === undefined) return;
    this.consoles.delete(domid);
    this.closeLog(c);
    for (const l of c.listeners) l.end();
    c.listeners.clear();
  }

  /** Closes every console (dom0 shutting down). */
  closeAll(): void {
    for (const domid of [...this.consoles.keys()].sort((a, b) => a - b)) this.close(domid);
  }

  private get(domid: number): DomainConsole {
    const c = this.consoles.get(domid);
    if (c === undefined) throw new Error(`domain ${domid} has no console`);
    return c;
  }

  private openLog(name: string): number | null {
    const file = this.logPath(name);
    return file === null ? null : openAppendLog(file);
  }

  private closeLog(c: DomainConsole): void {
    if (c.logFd !== null) fs.closeSync(c.logFd);
    c.logFd = null;
  }
}
