/** Deferring work to the end of the current turn, as cheaply as the runtime allows. */

const settled = Promise.resolve();

/**
 * Run `task` in a microtask: after the code running now, before any I/O. A plain promise
 * reaction — queueMicrotask would also make an async-hooks resource per call, which the
 * transports' per-frame work cannot afford. Whatever `task` throws is an unhandled rejection.
 */
export function runSoon(task: () => void): void {
  void settled.then(task);
}
