/**
 * The envelope of the control protocol (Frame, Hello, HelloReply, Status): what the RPC layer
 * reads and writes on every connection, whatever service it carries. Its own generated module
 * (src/gen/frame.js, see scripts/gen.ts), so that a client does not load every message class
 * of the schema to open a connection. Reaches src/gen/ as schema.ts does.
 */
import './protobuf-runtime';
import { hvsim } from '../src/gen/frame';

export import pb = hvsim.control.v1;

/** The control protocol versions this build speaks (Hello.supported_versions). */
export const PROTOCOL_VERSIONS: readonly number[] = [1];
