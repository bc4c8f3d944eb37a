/** The RPC server: typed handlers for DomctlService / ManagementService methods over any Connection. */
import type { Reader } from 'protobufjs/minimal';
import { DEFAULT_MAX_FRAME_BYTES, FramingError } from '../framing';
import type { AnyMethod, MessageCodec, ServerStreamMethod, ServiceDescriptor, UnaryMethod } from '../method';
import { PROTOCOL_VERSIONS, pb } from '../frame-schema';
import { RpcError, StatusCode, okStatus } from '../status';
import type { Connection } from '../transport/connection';
import { DEFAULT_CONNECTION_LIMITS, Deadline, type ConnectionLimits } from '../transport/connection-limits';
import { decodeIn } from './decode';
import { FrameChannel } from './frame-channel';

const Kind = pb.FrameKind;

export interface CallContext {
  /** "hvsim.control.v1.ManagementService/ListDomains". */
  readonly method: string;
  /** The connection's peer, e.g. "unix:/run/hvsim/control.sock". */
  readonly peer: string;
  /** Hello.client_name of the connection. */
  readonly clientName: string;
  readonly protocolVersion: number;
  /** Aborted once the call is over: ended, cancelled by the client, or its connection closed. */
  readonly signal: AbortSignal;
}

export interface ServerStreamCall<Res> extends CallContext {
  /** Send one message of the stream (ignored once the call is over). */
  send(message: Res): void;
}

export type UnaryHandler<Req, Res> = (request: Req, context: CallContext) => Res | Promise<Res>;
/** Sends with call.send(); the stream ends OK when the returned promise resolves. */
export type ServerStreamHandler<Req, Res> = (request: Req, call: ServerStreamCall<Res>) => void | Promise<void>;

/** The handler a method needs: it gets the decoded request and returns (or sends) plain response properties. */
export type MethodHandler<M> =
  M extends UnaryMethod<infer _QI, infer QO, infer RI, infer _RO> ? UnaryHandler<QO, RI>
    : M extends ServerStreamMethod<infer _QI, infer QO, infer RI, infer _RO> ? ServerStreamHandler<QO, RI>
      : never;

/** Handlers for a service's methods; a method left out answers ENOSYS. */
export type ServiceImplementation<S extends ServiceDescriptor> = { [K in keyof S]?: MethodHandler<S[K]> };

export interface RpcServerOptions {
  /** HelloReply.server_name. */
  name?: string;
  /** Largest frame accepted or sent (default 4 MiB). */
  maxFrameBytes?: number;
  /** Protocol versions offered (default PROTOCOL_VERSIONS). */
  versions?: readonly number[];
  /** Told about handler failures that were not RpcErrors (they reach the client as INTERNAL). */
  onInternalError?: (error: unknown, method: string) => void;
  /** Limits on the connections it serves (default DEFAULT_CONNECTION_LIMITS). */
  limits?: Partial<ConnectionLimits>;
  /** Told when a connection is refused or cut off by those limits (for the daemon's log). */
  onLimit?: (peer: string, status: pb.Status.$Properties) => void;
}

type Dispatch = (request: Uint8Array, call: ActiveCall) => void;

interface Registered {
  method: AnyMethod;
  dispatch: Dispatch;
}

export class RpcServer {
  readonly name: string;
  readonly maxFrameBytes: number;
  readonly versions: readonly number[];
  private readonly methods = new Map<string, Registered>();
  private readonly connections = new Set<ServerConnection>();
  readonly onInternalError: (error: unknown, method: string) => void;
  readonly limits: Readonly<ConnectionLimits>;
  readonly onLimit: (peer: string, status: pb.Status.$Properties) => void;

  constructor(options: RpcServerOptions = {}) {
    this.name = options.name ?? 'hvsim';
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.versions = options.versions ?? PROTOCOL_VERSIONS;
    this.onInternalError = options.onInternalError ?? (() => undefined);
    this.limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
    this.onLimit = options.onLimit ?? (() => undefined);
  }

  /** Serve a service's methods with `implementation`'s handlers. */
  addService<S extends ServiceDescriptor>(service: S, implementation: ServiceImplementation<S>): this {
    for (const key of Object.keys(implementation)) {
      const method = service[key];
      const handler = implementation[key];
      if (!method) throw new Error(`${key} is not a method of this service`);
      if (handler) this.register(method, handler as MethodHandler<AnyMethod>);
    }
    return this;
  }

  addUnary<QI, QO, RI, RO>(method: UnaryMethod<QI, QO, RI, RO>, handler: UnaryHandler<QO, RI>): this {
    this.claim(method.path);
    this.methods.set(method.path, {
      method: method as unknown as AnyMethod,
      dispatch: (bytes, call) => {
        const request = decodeRequest(method, bytes, call);
        if (request === undefined) return;
        // Most handlers answer at once: end the call in this turn, without a promise hop.
        let response: RI | Promise<RI>;
        try {
          response = handler(request, call.context);
        } catch (err) {
          call.fail(err);
          return;
        }
        if (isPromiseLike(response)) {
          response.then((value) => call.respond(method.response, value), (err: unknown) => call.fail(err));
        } else {
          call.respond(method.response, response);
        }
      },
    });
    return this;
  }

  addServerStream<QI, QO, RI, RO>(method: ServerStreamMethod<QI, QO, RI, RO>, handler: ServerStreamHandler<QO, RI>): this {
    this.claim(method.path);
    this.methods.set(method.path, {
      method: method as unknown as AnyMethod,
      dispatch: (bytes, call) => {
        const request = decodeRequest(method, bytes, call);
        if (request === undefined) return;
        const ctx = call.context;
        const streamCall: ServerStreamCall<RI> = {
          method: ctx.method,
          peer: ctx.peer,
          clientName: ctx.clientName,
          protocolVersion: ctx.protocolVersion,
          signal: ctx.signal,
          send: (message) => call.message(method.response, message),
        };
        let done: void | Promise<void>;
        try {
          done = handler(request, streamCall);
        } catch (err) {
          call.fail(err);
          return;
        }
        if (isPromiseLike(done)) done.then(() => call.end(OK_STATUS), (err: unknown) => call.fail(err));
        else call.end(OK_STATUS);
      },
    });
    return this;
  }

  /** Serve RPCs on a connection (from a listener or an in-process pair). */
  accept(connection: Connection): void {
    if (this.connections.size >= this.limits.maxConnections) {
      // Refused with a status the client can show, before it sends anything.
      const status = { code: StatusCode.STATUS_CODE_EAGAIN, message: `too many connections (limit ${this.limits.maxConnections}); try again later` };
      const channel = new FrameChannel(connection, this.maxFrameBytes, { frame: () => undefined, close: () => undefined });
      channel.goAway(status.code, status.message);
      this.onLimit(connection.peer, status);
      return;
    }
    const served = new ServerConnection(this, connection, () => this.connections.delete(served));
    this.connections.add(served);
  }

  /** Close every connection (after Halt, say). Listeners are the caller's to close. */
  closeConnections(): void {
    for (const c of [...this.connections]) c.close();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** @internal */
  lookup(path: string): Registered | undefined {
    return this.methods.get(path);
  }

  private register(method: AnyMethod, handler: MethodHandler<AnyMethod>): void {
    if (method.kind === 'unary') {
      this.addUnary(method as UnaryMethod<never, unknown, never, unknown>, handler as UnaryHandler<unknown, never>);
    } else {
      this.addServerStream(method as ServerStreamMethod<never, unknown, never, unknown>,
        handler as ServerStreamHandler<unknown, never>);
    }
  }

  private claim(path: string): void {
    if (this.methods.has(path)) throw new Error(`${path} already has a handler`);
  }
}

/** The status of every call that succeeds (never changed: frames only read it). */
const OK_STATUS: pb.Status.$Properties = Object.freeze(okStatus());

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function decodeRequest<QO>(method: { path: string; request: { decode(reader: Reader): QO } }, bytes: Uint8Array,
  call: ActiveCall): QO | undefined {
  try {
    return decodeIn(method.request, bytes);
  } catch (err) {
    call.end({ code: StatusCode.STATUS_CODE_EBADMSG, message: `${method.path}: undecodable request: ${(err as Error).message}` });
    return undefined;
  }
}

/**
 * Why a call's signal aborts: the call is over. One shared reason, because abort() without
 * one builds a DOMException (a stack trace) per call.
 */
const CALL_OVER = new RpcError(StatusCode.STATUS_CODE_CANCELLED, 'the call is over');

/**
 * What a handler sees of its call. The AbortController behind `signal` is made only when a
 * handler asks for it (streams, long handlers): most unary calls never look, and an
 * AbortController costs more than the call itself.
 */
class ActiveCallContext implements CallContext {
  private controller: AbortController | null = null;
  /** The call is over (a signal asked for from now on comes already aborted). */
  private over = false;

  constructor(readonly method: string, readonly peer: string, readonly clientName: string, readonly protocolVersion: number) {}

  get signal(): AbortSignal {
    if (this.controller === null) {
      this.controller = new AbortController();
      if (this.over) this.controller.abort(CALL_OVER);
    }
    return this.controller.signal;
  }

  abort(): void {
    if (this.over) return;
    this.over = true;
    this.controller?.abort(CALL_OVER);
  }
}

/** One call in flight on a server connection. */
class ActiveCall {
  readonly context: ActiveCallContext;
  private ended = false;

  constructor(private readonly owner: ServerConnection, readonly id: number, method: string) {
    this.context = new ActiveCallContext(method, owner.channel.peer, owner.clientName, owner.protocolVersion);
  }

  get isOver(): boolean {
    return this.ended;
  }

  /** The handler failed: an RpcError chooses the status, anything else is INTERNAL. */
  fail(err: unknown): void {
    if (this.ended) return;
    if (err instanceof RpcError) {
      this.end(err.toStatus());
      return;
    }
    this.owner.server.onInternalError(err, this.context.method);
    const detail = err instanceof Error ? err.message : String(err);
    this.end({ code: StatusCode.STATUS_CODE_INTERNAL, message: `${this.context.method}: internal error: ${detail}` });
  }

  /** End a unary call with its response; a response that does not encode is the handler's failure. */
  respond<T>(codec: MessageCodec<T, unknown>, response: T): void {
    if (this.ended) return;
    try {
      this.finish(codec, response, OK_STATUS);
    } catch (err) {
      this.fail(err);
    }
  }

  /** One message of a server stream; what encoding it throws goes to the handler that sent it. */
  message<T>(codec: MessageCodec<T, unknown>, message: T): void {
    if (this.ended) return;
    try {
      this.owner.channel.sendCall(Kind.FRAME_KIND_MESSAGE, this.id, '', codec, message, null);
    } catch (err) {
      if (!(err instanceof FramingError)) throw err;
      this.endTooLarge(err);
    }
  }

  end(status: pb.Status.$Properties): void {
    if (this.ended) return;
    this.finish(null, undefined, status);
  }

  cancel(): void {
    this.end({ code: StatusCode.STATUS_CODE_CANCELLED, message: `${this.context.method}: cancelled by the client` });
  }

  /** Send END (with a unary call's response); the call is over unless encoding the response
   *  throws (that error goes through). */
  private finish<T>(codec: MessageCodec<T, unknown> | null, response: T, status: pb.Status.$Properties): void {
    try {
      this.owner.channel.sendCall(Kind.FRAME_KIND_END, this.id, '', codec, response, status);
    } catch (err) {
      if (!(err instanceof FramingError)) throw err;
      this.endTooLarge(err);
      return;
    }
    this.over();
  }

  /** A response too large for a frame ends the call with EMSGSIZE; the connection lives on. */
  private endTooLarge(err: FramingError): void {
    this.owner.channel.sendCall(Kind.FRAME_KIND_END, this.id, '', null, undefined,
      { code: err.code, message: `${this.context.method}: response ${err.message}` });
    this.over();
  }

  private over(): void {
    this.ended = true;
    this.owner.forget(this.id);
    this.context.abort();
  }
}

class ServerConnection {
  readonly channel: FrameChannel;
  clientName = '';
  protocolVersion = 0;
  private readonly calls = new Map<number, ActiveCall>();
  /** Runs until the HELLO is in. */
  private readonly handshakeDeadline: Deadline;

  constructor(readonly server: RpcServer, connection: Connection, private readonly onGone: () => void) {
    const { handshakeTimeoutMs, frameTimeoutMs } = server.limits;
    this.handshakeDeadline = new Deadline(handshakeTimeoutMs,
      () => this.channel.goAway(StatusCode.STATUS_CODE_ETIMEDOUT, `no HELLO within ${handshakeTimeoutMs} ms`));
    this.channel = new FrameChannel(connection, server.maxFrameBytes, {
      frame: (frame) => this.onFrame(frame),
      close: (status) => this.onClose(status),
    }, frameTimeoutMs);
    this.handshakeDeadline.arm();
  }

  close(): void {
    this.channel.close();
  }

  forget(id: number): void {
    this.calls.delete(id);
  }

  private onClose(status: pb.Status.$Properties | null): void {
    this.handshakeDeadline.disarm();
    if (status?.code === StatusCode.STATUS_CODE_ETIMEDOUT) this.server.onLimit(this.channel.peer, status);
    for (const call of [...this.calls.values()]) call.context.abort();
    this.calls.clear();
    this.onGone();
  }

  private onFrame(frame: pb.Frame): void {
    if (this.protocolVersion === 0) {
      this.handshake(frame);
      return;
    }
    switch (frame.kind) {
      case Kind.FRAME_KIND_REQUEST:
        this.request(frame);
        return;
      case Kind.FRAME_KIND_CANCEL:
        // A cancel racing the call's end finds nothing to cancel.
        this.calls.get(frame.requestId)?.cancel();
        return;
      case Kind.FRAME_KIND_GOAWAY:
        this.channel.close();
        return;
      default:
        this.channel.goAway(StatusCode.STATUS_CODE_EINVAL, `unexpected ${pb.FrameKind[frame.kind] ?? `frame kind ${frame.kind}`} from a client`);
    }
  }

  private handshake(frame: pb.Frame): void {
    if (frame.kind !== Kind.FRAME_KIND_HELLO || !frame.hello) {
      this.channel.goAway(StatusCode.STATUS_CODE_FAILED_PRECONDITION, 'the connection must start with HELLO');
      return;
    }
    const offered = frame.hello.supportedVersions;
    const common = this.server.versions.filter((v) => offered.includes(v));
    const chosen = common.length > 0 ? Math.max(...common) : 0;
    const reply: pb.Frame.$Properties = {
      kind: Kind.FRAME_KIND_HELLO_REPLY,
      helloReply: { protocolVersion: chosen, serverName: this.server.name, supportedVersions: [...this.server.versions] },
    };
    if (chosen === 0) {
      const message = `no common protocol version: client speaks [${offered.join(', ')}], server speaks [${this.server.versions.join(', ')}]`;
      this.channel.send({ ...reply, status: { code: StatusCode.STATUS_CODE_FAILED_PRECONDITION, message } });
      this.channel.close({ code: StatusCode.STATUS_CODE_FAILED_PRECONDITION, message });
      return;
    }
    this.handshakeDeadline.disarm();
    this.clientName = frame.hello.clientName;
    this.protocolVersion = chosen;
    this.channel.send({ ...reply, status: okStatus() });
  }

  private request(frame: pb.Frame): void {
    const id = frame.requestId;
    if (id === 0 || this.calls.has(id)) {
      this.channel.goAway(StatusCode.STATUS_CODE_EINVAL, id === 0 ? 'request id 0 is reserved' : `request id ${id} is already in use`);
      return;
    }
    const call = new ActiveCall(this, id, frame.method);
    const registered = this.server.lookup(frame.method);
    if (!registered) {
      call.end({ code: StatusCode.STATUS_CODE_ENOSYS, message: `unknown method '${frame.method}'` });
      return;
    }
    registered.dispatch(frame.payload, call);
    // Most handlers answer at once; only a call still running can be cancelled or clash.
    if (!call.isOver) this.calls.set(id, call);
  }
}
