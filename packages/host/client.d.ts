// `@hvsim/host/client` (see src/client.ts): the compiled module's types, found here by tsc.
export * from './dist/client';
