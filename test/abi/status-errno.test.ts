/**
 * status.proto's codes and @hvsim/abi's errno are one set of facts: every Xen errno the ABI
 * names is a StatusCode of the same name and number, and every errno-range StatusCode is one
 * of the ABI's errnos (codes with no errno counterpart live from 1000 up).
 */
import * as abi from '@hvsim/abi';
import { StatusCode, statusCodeFromXenErrno } from '@hvsim/control';

/** XEN_E* constants of the ABI, without the aliases (EWOULDBLOCK = EAGAIN, EDEADLOCK = EDEADLK). */
const ERRNOS = Object.entries(abi)
  .filter((e): e is [string, number] => /^XEN_E[A-Z0-9]+$/.test(e[0]) && typeof e[1] === 'number')
  .filter(([name, value]) => abi.XEN_ERRNO_NAMES[value] === name.slice('XEN_'.length));

/** StatusCode names and numbers below the codes of hvsim's own. */
const ERRNO_CODES = Object.entries(StatusCode)
  .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0 && e[1] < StatusCode.STATUS_CODE_OK);

describe("status.proto's codes are Xen's errno values", () => {
  it('finds both sets (the filters are not vacuous)', () => {
    expect(ERRNOS.length).toBeGreaterThan(40);
    expect(ERRNO_CODES.length).toBe(ERRNOS.length);
  });

  it.each(ERRNOS)('%s is STATUS_CODE_<same name> with the same number', (name, value) => {
    expect(StatusCode[`STATUS_CODE_${name.slice('XEN_'.length)}` as keyof typeof StatusCode]).toBe(value);
    expect(statusCodeFromXenErrno(-value)).toBe(value);
  });

  it.each(ERRNO_CODES)('%s is an errno the ABI names', (name, value) => {
    expect(abi.XEN_ERRNO_NAMES[value]).toBe(name.slice('STATUS_CODE_'.length));
  });
});
