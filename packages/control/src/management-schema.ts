/**
 * The messages of ManagementService (and the types they use): what a client of dom0's
 * management service encodes and decodes. Its own generated module (src/gen/management.js,
 * see scripts/gen.ts), less than half of the whole schema's, so that a client verb of the CLI
 * does not compile the DomctlService messages it never sees. Reaches src/gen/ as schema.ts does.
 */
import './protobuf-runtime';
import { hvsim } from '../src/gen/management';

export import pb = hvsim.control.v1;
