/**
 * @hvsim/control: the control channel. The `hvsim.control.v1` schema (DomctlService
 * between dom0 and the core, ManagementService between dom0 and its clients),
 * varint-delimited framing, transports (in-process, Unix socket, TCP) and a typed
 * RPC client and server.
 */
export { pb } from './schema';
export { PROTOCOL_VERSIONS } from './frame-schema';
export { DomctlService } from './gen/domctl-service';
export { ManagementService } from './gen/management-service';
export {
  type AnyMethod, type MessageCodec, type MethodDescriptor, type MethodKind, type ServerStreamMethod,
  type ServiceDescriptor, type UnaryMethod,
} from './method';
export {
  SAVED_VCPU_CONTEXT_VERSION, type SavedHartState, type SavedVcpuContext, VcpuContextError, checkVcpuContext,
  decodeJsonVcpuContext, decodeVcpuContext, encodeVcpuContext,
} from './vcpu-context';
export {
  EVTCHN_FIFO_STATE_VERSION, EvtchnFifoStateError, checkEvtchnFifoVersion, decodeEvtchnFifoState, encodeEvtchnFifoState,
} from './evtchn-fifo-state';
export { RpcError, StatusCode, okStatus, statusCodeFromXenErrno, statusCodeName } from './status';
export { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, type FrameSink, FramingError, encodeFrame } from './framing';
export type { Connection, ConnectionCallback, ConnectionHandlers, Listener } from './transport/connection';
export { inProcessPair } from './transport/in-process';
export { IdlePoll } from './transport/idle-poll';
export { DEFAULT_CONNECTION_LIMITS, Deadline, type ConnectionLimits } from './transport/connection-limits';
export { connectTcp, connectUnix, listenTcp, listenUnix, type TcpListener } from './transport/socket';
export {
  type ControlAddress, defaultSocketPath, dial, listenAt, parseAddress, resolveSocketAddress,
} from './transport/address';
export {
  RpcServer, type CallContext, type MethodHandler, type RpcServerOptions, type ServerStreamCall,
  type ServerStreamHandler, type ServiceImplementation, type UnaryHandler,
} from './rpc/server';
export { ClientStream, RpcClient, type CallOptions, type RpcClientOptions, type ServiceClient } from './rpc/client';
export { LargeFramePool, largeFrames } from './rpc/large-frames';
