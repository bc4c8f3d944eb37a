/** What the RPC layer needs from a transport: an ordered, reliable byte stream. */

export interface ConnectionHandlers {
  /** Bytes from the peer, in order. `owned`: nobody else holds or will change `chunk`, so the
   *  receiver may keep views of it instead of copies. */
  data(chunk: Uint8Array, owned?: boolean): void;
  /** The connection is gone (either side closed it, or it failed). Called once. */
  close(): void;
}

export interface Connection {
  /** For logs and errors: "unix:/run/hvsim.sock", "tcp:127.0.0.1:5123", "in-process". */
  readonly peer: string;
  /** Start delivering to `handlers` (once; bytes that arrive earlier are held). */
  start(handlers: ConnectionHandlers): void;
  /** Queue bytes for the peer; ignored once closed. The caller may reuse `bytes` afterwards,
   *  unless it passes `handOver` = true: then it never touches them again, and a transport
   *  that would otherwise copy them (in-process) may keep them as they are. */
  send(bytes: Uint8Array, handOver?: boolean): void;
  /** Close after the bytes already queued; idempotent. */
  close(): void;
}

export interface Listener {
  /** "unix:PATH" or "tcp:HOST:PORT" (with the real port when 0 was asked). */
  readonly address: string;
  /** Stop accepting; connections already accepted stay open. */
  close(): Promise<void>;
}

export type ConnectionCallback = (connection: Connection) => void;
