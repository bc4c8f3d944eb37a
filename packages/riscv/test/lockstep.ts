/** Lockstep runs of compiled and interpreted execution (block-compiler.ts). */
import { DecodedPage } from '../src/decoded-page';
import type { Machine } from './machine';

/**
 * Runs `build()` compiled-at-once and interpreted-only with the same budget chunks, checking
 * after each chunk that both used the same budget and that `snapshot` sees the same state;
 * returns both machines.
 */
export function lockstep(build: () => Machine, chunks: readonly number[], snapshot: (m: Machine) => unknown): { jit: Machine; ref: Machine } {
  DecodedPage.hotThreshold = 1;
  const jit = build();
  DecodedPage.hotThreshold = Infinity;
  const ref = build();
  chunks.forEach((n, k) => {
    DecodedPage.hotThreshold = 1;
    const used = jit.hart.run(n);
    DecodedPage.hotThreshold = Infinity;
    expect({ chunk: k, used }).toEqual({ chunk: k, used: ref.hart.run(n) });
    expect(snapshot(jit)).toEqual(snapshot(ref));
  });
  return { jit, ref };
}
