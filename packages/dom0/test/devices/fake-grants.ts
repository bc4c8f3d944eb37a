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

  domctl(): Domctl {
    const fake: Partial<Domctl> = {
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
