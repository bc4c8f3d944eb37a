/**
 * dom0's reader of a guest's xenstore ring page (XenstoreRingConnection), against a guest that
 * writes whatever it likes into the shared page between kicks: indices far ahead, backwards,
 * wrapping, and any bytes as requests. The page sits between two guard areas. Properties:
 * a kick returns (no exception, no loop); nothing outside the page is written; req_cons moves
 * by at most the ring's size per kick; the bytes held back for the guest stay within the
 * connection's bound.
 */
import fc from 'fast-check';
import { XENSTORE_DOMAIN_INTERFACE, XENSTORE_RING_SIZE } from '@hvsim/abi';
import { Xenstored, XenstoreRingConnection, encodeMessage } from '@hvsim/dom0';
import { fail, mutationsOf, type FuzzTarget } from '../target';

const F = XENSTORE_DOMAIN_INTERFACE.f;
const GUARD = 64;
const PAGE = 4096;
/** Where a guest's write may land: an index word, or the request ring. */
const INDEX_OFFSETS = [F.req_cons.offset, F.req_prod.offset, F.rsp_cons.offset, F.rsp_prod.offset, F.error.offset, F.connection.offset];

/** A round: 4-byte writes (field, value), request bytes, then a kick. Encoded as bytes for the corpus. */
const round = fc.record({
  writes: fc.array(fc.tuple(fc.integer({ min: 0, max: INDEX_OFFSETS.length - 1 }),
    fc.oneof(fc.nat(), fc.constantFrom(0, 1, XENSTORE_RING_SIZE, XENSTORE_RING_SIZE + 1, 0x7fffffff, 0xffffffff, 0xfffffc00))), { maxLength: 3 }),
  requests: fc.oneof(fc.uint8Array({ maxLength: 48 }),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.uint8Array({ maxLength: 24 })).map(([t, p]) => new Uint8Array(encodeMessage(t, 1, 0, p)))),
});

function encodeRounds(rounds: ReadonlyArray<{ writes: Array<[number, number]>; requests: Uint8Array }>): Uint8Array {
  const out: number[] = [];
  for (const r of rounds) {
    out.push(r.writes.length, r.requests.length);
    for (const [f, v] of r.writes) out.push(f, v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
    out.push(...r.requests);
  }
  return Uint8Array.from(out);
}

export const storeRing: FuzzTarget = {
  name: 'store-ring',
  about: "dom0's xenstore ring reader against a guest that corrupts indices and requests",
  inputs: () => fc.oneof(fc.array(round, { maxLength: 12 }).map(encodeRounds), mutationsOf([], 256)),
  check(input) {
    const memory = new Uint8Array(GUARD + PAGE + GUARD).fill(0xa5);
    const page = memory.subarray(GUARD, GUARD + PAGE);
    page.fill(0);
    const view = new DataView(page.buffer, page.byteOffset, PAGE);
    const xs = new Xenstored({ scheduleDelivery: () => undefined });
    xs.mkdir('/local/domain/1');
    xs.setPerms('/local/domain/1', [{ domid: 1, perm: 'n' }]);
    const ring = new XenstoreRingConnection(xs, 1, page, () => undefined);
    let at = 0;
    while (at + 2 <= input.length) {
      const nWrites = input[at++] % 4;
      const nBytes = input[at++];
      for (let i = 0; i < nWrites && at + 5 <= input.length; i++, at += 5) {
        view.setUint32(INDEX_OFFSETS[input[at] % INDEX_OFFSETS.length], (input[at + 1] | input[at + 2] << 8 | input[at + 3] << 16 | input[at + 4] << 24) >>> 0, true);
      }
      const bytes = input.subarray(at, at + nBytes);
      at += nBytes;
      ring.ring.guestWrite(bytes);
      const before = ring.ring.reqCons;
      ring.kick();
      xs.flushEvents();
      const moved = (ring.ring.reqCons - before) >>> 0;
      if (moved > XENSTORE_RING_SIZE) fail(`req_cons moved by ${moved} in one kick`);
      if (ring.pendingOutputBytes > xs.quotas.queuedBytesPerConnection) fail(`${ring.pendingOutputBytes} bytes held for the guest`);
    }
    for (let i = 0; i < GUARD; i++) {
      if (memory[i] !== 0xa5 || memory[GUARD + PAGE + i] !== 0xa5) fail('a byte outside the ring page was written');
    }
    ring.close();
  },
};
