/** The RPC client: typed calls to DomctlService / ManagementService over any Connection. */
import { DEFAULT_MAX_FRAME_BYTES, FramingError } from '../framing';
import type { MethodDescriptor, ServerStreamMethod, ServiceDescriptor, UnaryMethod } from '../method';
import { PROTOCOL_VERSIONS, pb } from '../frame-schema';
import { RpcError, StatusCode } from '../status';
import type { Connection } from '../transport/connection';
import { CallTable } from './call-table';
import { decodeIn } from './decode';
import { FrameChannel } from './frame-channel';

const Kind = pb.FrameKind;

export interface RpcClientOptions {
  /** Hello.client_name, for the server's logs. */
  name?: string;
  /** Largest frame accepted or sent (default 4 MiB). */
  maxFrameBytes?: number;
  /** Protocol versions offered (default PROTOCOL_VERSIONS). */
  versions?: readonly number[];
  /** Give up on a server that does not answer HELLO (default 10 s). */
  handshakeTimeoutMs?: number;
}

export interface CallOptions {
  /** Aborting it cancels the call (the server is told). */
  signal?: AbortSignal;
}

/** A service's methods as functions: `client.service(ManagementService).ListDomains({})`. */
export type ServiceClient<S extends ServiceDescriptor> = {
  [K in keyof S]: S[K] extends UnaryMethod<infer QI, infer _QO, infer _RI, infer RO>
    ? (request: QI, options?: CallOptions) => Promise<RO>
    : S[K] extends ServerStreamMethod<infer QI, infer _QO, infer _RI, infer RO>
      ? (request: QI, options?: CallOptions) => ClientStream<RO>
      : never;
};

interface PendingCall {
  message(payload: Uint8Array): void;
  end(status: pb.Status, payload: Uint8Array): void;
  fail(error: RpcError): void;
}

export class RpcClient {
  private readonly calls = new CallTable<PendingCall>();
  private nextId = 1;
  private failure: RpcError | null = null;
  private readonly channel: FrameChannel;
  private handshake: { resolve(): void; reject(error: RpcError): void } | null = null;
  protocolVersion = 0;
  serverName = '';

  private constructor(connection: Connection, private readonly options: RpcClientOptions) {
    this.channel = new FrameChannel(connection, options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES, {
      frame: (frame) => this.onFrame(frame),
      close: (status) => this.onClose(status),
    });
  }

  /** Open a client on a connection: performs the version handshake first. */
  static async connect(connection: Connection, options: RpcClientOptions = {}): Promise<RpcClient> {
    const client = new RpcClient(connection, options);
    await client.hello();
    return client;
  }

  get peer(): string {
    return this.channel.peer;
  }

  get isClosed(): boolean {
    return this.channel.isClosed;
  }

  /** Call a unary method; rejects with RpcError for any status but OK. */
  call<QI, QO, RI, RO>(method: UnaryMethod<QI, QO, RI, RO>, request: QI, options?: CallOptions): Promise<RO> {
    const call = new UnaryCall<RO>(this, method, options?.signal);
    try {
      call.id = this.start(method, request, call);
    } catch (err) {
      return Promise.reject(err); // a request that does not encode
    }
    if (call.id !== 0) call.watchSignal();
    return call.promise;
  }

  /** Call a server-streaming method; iterate the result (breaking out cancels the call). */
  stream<QI, QO, RI, RO>(method: ServerStreamMethod<QI, QO, RI, RO>, request: QI, options: CallOptions = {}): ClientStream<RO> {
    const stream = new ClientStream<RO>(() => this.cancel(id));
    const onAbort = (): void => stream.cancel();
    const id = this.start(method, request, {
      message: (payload) => {
        try {
          stream.push(decodeIn(method.response, payload));
        } catch (err) {
          this.cancel(id);
          stream.finish(new RpcError(StatusCode.STATUS_CODE_EBADMSG, `${method.path}: undecodable message: ${(err as Error).message}`));
        }
      },
      end: (status) => {
        options.signal?.removeEventListener('abort', onAbort);
        stream.finish(status.code === StatusCode.STATUS_CODE_OK ? null : RpcError.fromStatus(status));
      },
      fail: (error) => {
        options.signal?.removeEventListener('abort', onAbort);
        stream.finish(error);
      },
    });
    if (id !== 0) {
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    }
    return stream;
  }

  /** The methods of a service as functions bound to this client. */
  service<S extends ServiceDescriptor>(service: S): ServiceClient<S> {
    const bound: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(service)) {
      bound[name] = method.kind === 'unary'
        ? (request: never, options?: CallOptions) => this.call(method as UnaryMethod<never, unknown, never, unknown>, request, options)
        : (request: never, options?: CallOptions) => this.stream(method as ServerStreamMethod<never, unknown, never, unknown>, request, options);
    }
    return bound as ServiceClient<S>;
  }

  /** Close the connection; calls in flight fail with UNAVAILABLE. */
  close(): void {
    this.channel.close();
  }

  private hello(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.channel.close({ code: StatusCode.STATUS_CODE_ETIMEDOUT, message: 'no answer to HELLO' });
      }, this.options.handshakeTimeoutMs ?? 10_000);
      timer.unref?.();
      this.handshake = {
        resolve: () => { clearTimeout(timer); resolve(); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      };
      this.channel.send({
        kind: Kind.FRAME_KIND_HELLO,
        hello: { supportedVersions: [...(this.options.versions ?? PROTOCOL_VERSIONS)], clientName: this.options.name ?? '' },
      });
    });
  }

  /** Send REQUEST; returns its id, or 0 when the call failed at once (pending.fail was called). */
  private start<QI>(method: MethodDescriptor<QI, unknown, never, unknown>, request: QI, pending: PendingCall): number {
    if (this.failure || this.channel.isClosed) {
      pending.fail(this.failure ?? new RpcError(StatusCode.STATUS_CODE_UNAVAILABLE, 'connection closed'));
      return 0;
    }
    const id = this.nextId++;
    try {
      this.channel.sendCall(Kind.FRAME_KIND_REQUEST, id, method.path, method.request, request, null);
    } catch (err) {
      if (!(err instanceof FramingError)) throw err;
      pending.fail(new RpcError(err.code, `${method.path}: request ${err.message}`));
      return 0;
    }
    this.calls.add(id, pending);
    return id;
  }

  /** @internal Forget a call in flight and tell the server to stop it. */
  cancel(id: number): void {
    if (!this.calls.delete(id)) return;
    this.channel.send({ requestId: id, kind: Kind.FRAME_KIND_CANCEL });
  }

  private onFrame(frame: pb.Frame): void {
    if (this.handshake) {
      this.onHelloReply(frame);
      return;
    }
    switch (frame.kind) {
      case Kind.FRAME_KIND_MESSAGE:
        this.calls.get(frame.requestId)?.message(frame.payload);
        return;
      case Kind.FRAME_KIND_END: {
        this.calls.take(frame.requestId)?.end(frame.status ?? pb.Status.create(), frame.payload);
        return;
      }
      case Kind.FRAME_KIND_GOAWAY:
        this.channel.close(frame.status ?? null);
        return;
      default:
        this.channel.goAway(StatusCode.STATUS_CODE_EINVAL, `unexpected ${pb.FrameKind[frame.kind] ?? `frame kind ${frame.kind}`} from a server`);
    }
  }

  private onHelloReply(frame: pb.Frame): void {
    const handshake = this.handshake;
    if (!handshake) return;
    if (frame.kind === Kind.FRAME_KIND_GOAWAY) {
      this.channel.close(frame.status ?? null);
      return;
    }
    if (frame.kind !== Kind.FRAME_KIND_HELLO_REPLY || !frame.helloReply) {
      this.channel.goAway(StatusCode.STATUS_CODE_EINVAL, 'expected HELLO_REPLY');
      return;
    }
    if (frame.status?.code !== StatusCode.STATUS_CODE_OK) {
      this.channel.close(frame.status ?? { code: StatusCode.STATUS_CODE_FAILED_PRECONDITION, message: 'handshake refused' });
      return;
    }
    this.handshake = null;
    this.protocolVersion = frame.helloReply.protocolVersion;
    this.serverName = frame.helloReply.serverName;
    handshake.resolve();
  }

  private onClose(status: pb.Status.$Properties | null): void {
    this.failure = status && status.code !== StatusCode.STATUS_CODE_OK
      ? RpcError.fromStatus(status)
      : new RpcError(StatusCode.STATUS_CODE_UNAVAILABLE, `connection to ${this.peer} closed`);
    const handshake = this.handshake;
    this.handshake = null;
    handshake?.reject(this.failure);
    for (const call of this.calls.takeAll()) call.fail(this.failure);
  }
}

/**
 * A unary call in flight: settles its promise from the frames that answer it. One object
 * per call, no closures: calls are the control channel's hot path.
 */
class UnaryCall<RO> implements PendingCall {
  id = 0;
  readonly promise: Promise<RO>;
  private resolve!: (response: RO) => void;
  private reject!: (error: RpcError) => void;

  constructor(
    private readonly client: RpcClient,
    private readonly method: UnaryMethod<never, unknown, never, RO>,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.promise = new Promise<RO>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  /** Cancel the call when its signal aborts (at once if it already has). */
  watchSignal(): void {
    if (this.signal === undefined) return;
    if (this.signal.aborted) this.handleEvent();
    else this.signal.addEventListener('abort', this, { once: true });
  }

  /** The signal aborted (EventListener protocol: the call is its own listener). */
  handleEvent(): void {
    this.client.cancel(this.id);
    this.reject(new RpcError(StatusCode.STATUS_CODE_CANCELLED, `${this.method.path}: cancelled`));
  }

  message(): void {
    this.done();
    this.client.cancel(this.id);
    this.reject(new RpcError(StatusCode.STATUS_CODE_EBADMSG, `${this.method.path}: stream message for a unary call`));
  }

  end(status: pb.Status, payload: Uint8Array): void {
    this.done();
    if (status.code !== StatusCode.STATUS_CODE_OK) {
      this.reject(RpcError.fromStatus(status));
      return;
    }
    let response: RO;
    try {
      response = decodeIn(this.method.response, payload);
    } catch (err) {
      this.reject(new RpcError(StatusCode.STATUS_CODE_EBADMSG, `${this.method.path}: undecodable response: ${(err as Error).message}`));
      return;
    }
    this.resolve(response);
  }

  fail(error: RpcError): void {
    this.done();
    this.reject(error);
  }

  private done(): void {
    this.signal?.removeEventListener('abort', this);
  }
}

/** The messages of a server stream, as an async iterable. */
export class ClientStream<T> implements AsyncIterable<T> {
  private readonly queue: T[] = [];
  private done = false;
  private error: RpcError | null = null;
  private waiter: (() => void) | null = null;

  /** @internal */
  constructor(private readonly onCancel: () => void) {}

  /** Stop the stream: the server is told, iteration ends without error. */
  cancel(): void {
    if (this.done) return;
    this.onCancel();
    this.queue.length = 0;
    this.finish(null);
  }

  /** @internal */
  push(message: T): void {
    if (this.done) return;
    this.queue.push(message);
    this.wake();
  }

  /** @internal error = null: the stream ended OK. */
  finish(error: RpcError | null): void {
    if (this.done) return;
    this.done = true;
    this.error = error;
    this.wake();
  }

  /** Every message until the stream ends (resolves) or fails (rejects with RpcError). */
  async collect(): Promise<T[]> {
    const all: T[] = [];
    for await (const message of this) all.push(message);
    return all;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: async (): Promise<IteratorResult<T>> => {
        for (;;) {
          if (this.queue.length > 0) return { value: this.queue.shift() as T, done: false };
          if (this.done) {
            if (this.error) {
              const error = this.error;
              this.error = null;
              throw error;
            }
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => { this.waiter = resolve; });
        }
      },
      return: async (): Promise<IteratorResult<T>> => {
        this.cancel();
        return { value: undefined, done: true };
      },
    };
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}
