/**
 * @hvsim/files — the rules for the host files hvsim reads, appends to and writes durably: regular files
 * only, never beyond a cap, never blocking on a FIFO or a device. A leaf (Node built-ins only),
 * so that the daemon's services (dom0) and the command line's client verbs follow one set of
 * rules without a client loading dom0.
 */
export * from './regular-file';
export * from './append-log';
export * from './durable-file';
export * from './durable-file-sync';
export * from './write-fully';
