/**
 * An empty array for a stack of spare objects (frames, pages, leaves) whose first push may
 * come long after code that pops it was optimized.
 *
 * `[]` starts with V8's small-integer elements kind and changes map when the first object is
 * pushed. Code optimized while the stack was still empty (a host creating its first domains,
 * before any was destroyed) checks the old map and is thrown away at the next pop; with the
 * hart's run loop among it, that is ~40 ms of recompiling in the middle of a client's
 * commands. Starting with the object kind leaves nothing to change.
 */
export function spareStack<T extends object>(): T[] {
  const stack: Array<T | null> = [null];
  stack.pop();
  return stack as T[];
}
