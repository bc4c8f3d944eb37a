/**
 * Idle polling for a server's event loop — what KVM's halt_poll_ns does for a vCPU that halts.
 *
 * Over a local socket, a client that has just been answered usually sends its next request
 * within tens of microseconds. A server that has gone to sleep meanwhile is woken by that
 * write, and waking an idle CPU is slow on a small VM: ~55 µs, sometimes twice that, measured
 * on a 2-vCPU Firecracker guest whose own idle governor does not poll. So after traffic on a
 * watched connection the loop keeps turning — polling its sockets without blocking — for a
 * short window before it lets the process sleep. The window is wall time, outside any
 * simulation.
 *
 * Clients do not poll for their answers: on a 2-CPU host a polling client holds the CPU that
 * the server's compiler and GC threads run on (lifecycle bench, runs alternated three times:
 * the daemon's warm-up went from 0.69–0.83 to 1.15–1.24 ms per domain when the client polled
 * for 0.5 ms as well; with 0.1 ms, its one-at-a-time warm-up went from 0.35–0.49 to 0.52–0.64).
 */
import type { Connection, ConnectionHandlers } from './connection';

export class IdlePoll {
  /** Wall time (ms) until which the loop keeps turning. */
  private until = 0;
  private pending: NodeJS.Immediate | null = null;
  private readonly turn = (): void => {
    this.pending = this.wall() < this.until ? setImmediate(this.turn) : null;
  };

  /**
   * @param windowMs how long after the last traffic to keep polling; 0 never polls.
   * @param wall milliseconds, monotonic (default performance.now).
   */
  constructor(private readonly windowMs: number, private readonly wall: () => number = () => performance.now()) {}

  /** Is the loop being kept turning? */
  get polling(): boolean {
    return this.pending !== null;
  }

  /** Traffic happened: poll for another window from now. */
  touch(): void {
    if (this.windowMs <= 0) return;
    this.until = this.wall() + this.windowMs;
    if (this.pending === null) this.pending = setImmediate(this.turn);
  }

  /** Stop polling now; traffic later starts it again. */
  stop(): void {
    this.until = 0;
    if (this.pending !== null) clearImmediate(this.pending);
    this.pending = null;
  }

  /** `connection`, with its traffic in both directions touching this poller. */
  watch(connection: Connection): Connection {
    return {
      peer: connection.peer,
      start: (handlers: ConnectionHandlers) =>
        connection.start({
          data: (chunk, owned) => {
            this.touch();
            handlers.data(chunk, owned);
          },
          close: handlers.close,
        }),
      send: (bytes, handOver) => {
        this.touch();
        connection.send(bytes, handOver);
      },
      close: () => connection.close(),
    };
  }
}
