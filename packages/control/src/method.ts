/** Typed descriptors of the RPC methods: what a client calls and a server implements. */
import type { Reader, Writer } from 'protobufjs/minimal';

/** The part of a generated message class the RPC layer uses. `In` is what encode
 *  accepts (plain properties), `Out` what decode returns (a message instance). */
export interface MessageCodec<In, Out> {
  /** Appends the message to `writer`, or to a new one (the RPC layer passes the writer of
   *  the frame, so the message is encoded straight into it). */
  encode(message: In, writer?: Writer): Writer;
  decode(data: Reader | Uint8Array): Out;
}

export type MethodKind = 'unary' | 'server-stream';

export interface MethodDescriptor<ReqIn, ReqOut, ResIn, ResOut, Kind extends MethodKind = MethodKind> {
  /** Fully qualified: "hvsim.control.v1.ManagementService/ListDomains". */
  readonly path: string;
  readonly kind: Kind;
  readonly request: MessageCodec<ReqIn, ReqOut>;
  readonly response: MessageCodec<ResIn, ResOut>;
}

export type UnaryMethod<ReqIn, ReqOut, ResIn, ResOut> = MethodDescriptor<ReqIn, ReqOut, ResIn, ResOut, 'unary'>;
export type ServerStreamMethod<ReqIn, ReqOut, ResIn, ResOut> = MethodDescriptor<ReqIn, ReqOut, ResIn, ResOut, 'server-stream'>;

/** A method with any message types (what a service table holds). */
// `never` inputs make every concrete method assignable to it (encode's parameter is contravariant).
export type AnyMethod = MethodDescriptor<never, unknown, never, unknown>;

/** A service: its methods by their proto names. */
export type ServiceDescriptor = { readonly [name: string]: AnyMethod };

export function unary<ReqIn, ReqOut, ResIn, ResOut>(
  path: string,
  request: MessageCodec<ReqIn, ReqOut>,
  response: MessageCodec<ResIn, ResOut>,
): UnaryMethod<ReqIn, ReqOut, ResIn, ResOut> {
  return { path, kind: 'unary', request, response };
}

export function serverStream<ReqIn, ReqOut, ResIn, ResOut>(
  path: string,
  request: MessageCodec<ReqIn, ReqOut>,
  response: MessageCodec<ResIn, ResOut>,
): ServerStreamMethod<ReqIn, ReqOut, ResIn, ResOut> {
  return { path, kind: 'server-stream', request, response };
}
