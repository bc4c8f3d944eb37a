/**
 * console_io: CONSOLEIO_write appends to the domain's console buffer (drained by dom0);
 * CONSOLEIO_read reads the hypervisor console's input, which only a privileged domain may.
 * As xen.h says, for a domain other than the control domain "only the printable characters
 * will be written": Xen keeps printable bytes, tabs and newlines, and drops the rest.
 */
import { CONSOLEIO_read, CONSOLEIO_write, XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, XEN_EPERM } from '@hvsim/abi';
import { CONSOLE_WRITE_MAX, CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import type { Vcpu } from '../domain/vcpu';

const CHUNK = 4096;

/** Bytes a domU may write: Xen's isprint() (ASCII and Latin-1 graphics and space), tab, newline. */
const PRINTABLE = new Uint8Array(256);
for (let c = 0; c < 256; c++) PRINTABLE[c] = (c >= 0x20 && c < 0x7f) || c >= 0xa0 || c === 0x09 || c === 0x0a ? 1 : 0;

export function consoleIo(core: Core, v: Vcpu, cmd: number, count: number, buffer: number): number {
  const d = v.domain;
  const m = d.mem;
  switch (cmd) {
    case CONSOLEIO_write: {
      if (count > CONSOLE_WRITE_MAX) return -XEN_EINVAL;
      // Check the whole buffer first so a bad pointer writes nothing.
      for (let done = 0; done < count; done += CHUNK) {
        if (!m.copyFromGuest(buffer + done, Math.min(CHUNK, count - done))) return -XEN_EFAULT;
      }
      for (let done = 0; done < count; done += CHUNK) {
        const n = Math.min(CHUNK, count - done);
        m.copyFromGuest(buffer + done, n);
        if (d.privileged) for (let i = 0; i < n; i++) d.consoleOut.push(m.scratch[i]);
        else for (let i = 0; i < n; i++) if (PRINTABLE[m.scratch[i]] === 1) d.consoleOut.push(m.scratch[i]);
      }
      core.extraCycles += Math.ceil(count / 64) * CYCLES_PER_HYPERCALL_ITEM;
      return 0;
    }
    case CONSOLEIO_read: {
      if (!d.privileged) return -XEN_EPERM;
      if (count > CONSOLE_WRITE_MAX) return -XEN_EINVAL;
      const n = Math.min(count, CHUNK, d.consoleIn.size);
      // Probe the buffer (it is output-only) before consuming any input.
      const len = Math.min(count, CHUNK);
      m.scratch.fill(0, 0, len);
      if (!m.copyToGuest(buffer, len)) return -XEN_EFAULT;
      for (let i = 0; i < n; i++) m.scratch[i] = d.consoleIn.shift();
      m.copyToGuest(buffer, n);
      return n;
    }
    default:
      return -XEN_ENOSYS;
  }
}
