/**
 * What a server allows the connections of one socket, so that no client can hold the daemon's
 * resources: how many may be open, how long a new one has to complete its first frame (the
 * HELLO), and how long a frame may take from its first byte to its last (a peer that starts
 * frames and never finishes them — slowloris — is cut off). An established client that is
 * simply idle between frames is never timed out: `hvsim console` may wait for hours.
 *
 * The times are wall time: they protect the host process, outside any simulation.
 */
export interface ConnectionLimits {
  /** Connections served at once; one more is refused with EAGAIN and closed. */
  maxConnections: number;
  /** Wall ms a new connection has to complete its first frame; then ETIMEDOUT and closed. */
  handshakeTimeoutMs: number;
  /** Wall ms from a frame's first byte to its last; then ETIMEDOUT and closed. */
  frameTimeoutMs: number;
}

/**
 * 256 connections: a host's tools use a handful at a time, and each costs the daemon a file
 * descriptor of the usual 1,024. 10 s for the HELLO, which a client sends as it connects.
 * 30 s for a frame: the largest (4 MiB) crosses a slow network link in a few seconds.
 */
export const DEFAULT_CONNECTION_LIMITS: Readonly<ConnectionLimits> = Object.freeze({
  maxConnections: 256,
  handshakeTimeoutMs: 10_000,
  frameTimeoutMs: 30_000,
});

/** A wall-time deadline that can be armed and disarmed cheaply and never keeps the process alive. */
export class Deadline {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ms: number, private readonly expired: () => void) {}

  get armed(): boolean {
    return this.timer !== null;
  }

  /** Starts counting, unless it already is (re-arming does not extend it). */
  arm(): void {
    if (this.timer !== null || !Number.isFinite(this.ms)) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.expired();
    }, this.ms);
    this.timer.unref();
  }

  disarm(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }
}
