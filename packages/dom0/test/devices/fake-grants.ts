/**
 * A guest's side of grant copies for backend tests: its granted pages, by reference, in a
 * fake grant table (GNTTABOP_copy's checks and status codes), and the notifications sent.
 */
import { GNTST_bad_copy_arg, GNTST_bad_gntref, GNTST_general_error, GNTST_okay } from '@hvsim/abi';
import type { Domctl, GrantSegment } from '../../src';

/** The guest's granted pages, by reference; read-only grants refuse writes (GTF_readonly). */
export class FakeGrants {
  constructor(private readonly domid: number) {}

  readonly pages = new Map<number, Uint8Array>();
  readonly readonly = new Set<number>();
  readonly sent: number[] = [];

  copy(segments: readonly GrantSegment[], data: Uint8Array | null): { status: number[]; data: Uint8Array } {
    const status: number[] = [];
    const out: Uint8Array[] = [];
    let at = 0;
    for (const s of segments) {
      const page = s.domid === this.domid ? this.pages.get(s.ref) : undefined;
      const chunk = data?.subarray(at, at + s.length);
      at += s.length;
      if (page === undefined) status.push(GNTST_bad_gntref);
      else if (s.offset + s.length > 4096) status.push(GNTST_bad_copy_arg);
      else if (chunk !== undefined && this.readonly.has(s.ref)) status.push(GNTST_general_error);
      else {
        if (chunk !== undefined) page.set(chunk, s.offset);
        else out.push(page.slice(s.offset, s.offset + s.length));
        status.push(GNTST_okay);
      }
    }
    return { status, data: Buffer.concat(out) };
  }

  /** DomctlService GrantCopy: packed ops (flags, domid, ref, offset, length), in order, then the notifications. */
  batch(ops: Uint8Array, data: Uint8Array, notify: readonly number[]): { status: Uint8Array; data: Uint8Array } {
    const v = new DataView(ops.buffer, ops.byteOffset, ops.length);
    const n = ops.length / 20;
    const status = new Uint8Array(n);
    const out: Uint8Array[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const toGuest = (v.getUint32(i * 20, true) & 1) !== 0;
      const s = { domid: v.getUint32(i * 20 + 4, true), ref: v.getUint32(i * 20 + 8, true), offset: v.getUint32(i * 20 + 12, true), length: v.getUint32(i * 20 + 16, true) };
      const r = toGuest ? this.copy([s], data.subarray(at, at + s.length)) : this.copy([s], null);
      if (toGuest) at += s.length;
      else out.push(r.status[0] === GNTST_okay ? r.data : new Uint8Array(s.length));
      status[i] = r.status[0] & 0xff;
    }
    this.sent.push(...notify);
    return { status, data: Buffer.concat(out) };
  }

  domctl(): Domctl {
    const fake: Partial<Domctl> = {
      grantCopy: async (ops, data, notify) => this.batch(ops, data, notify),
      grantCopyFromGuest: async (segments) => this.copy(segments, null),
      grantCopyToGuest: async (segments, data) => this.copy(segments, data).status,
      evtchnBindInterdomain: async () => 40,
      evtchnSend: async (port) => {
        this.sent.push(port);
      },
      evtchnClose: async () => undefined,
    };
    return fake as Domctl;
  }
}
