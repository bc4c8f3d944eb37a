import { DomctlService, FrameDecoder, FramingError, StatusCode, encodeFrame, pb } from '@hvsim/control';
import { FrameEncoder } from '../src/rpc/frame-encoder';

const Kind = pb.FrameKind;
const LIMIT = 4 * 1024 * 1024;

/** What the generated encoder gives for the same frame: the reference bytes. */
function reference(frame: pb.Frame.$Properties): Uint8Array {
  return encodeFrame(pb.Frame.encode(frame).finish());
}

/** The single frame body in `bytes` (prefix checked by the real decoder). */
function body(bytes: Uint8Array): Uint8Array {
  const frames = new FrameDecoder(LIMIT).push(bytes);
  expect(frames).toHaveLength(1);
  return frames[0];
}

const info = DomctlService.GetDomainInfo;

describe('FrameEncoder', () => {
  it('encodes call frames to the bytes pb.Frame.encode gives', () => {
    const encoder = new FrameEncoder();
    const request = { domid: 7 };
    const response = { info: { domid: 7, running: true, totPages: 1024, handle: new Uint8Array(16).fill(3) } };
    const ok = { code: StatusCode.STATUS_CODE_OK, message: '' };
    const cases: Array<[Uint8Array, pb.Frame.$Properties]> = [
      [encoder.call(Kind.FRAME_KIND_REQUEST, 1, info.path, info.request, request, null, LIMIT),
        { requestId: 1, kind: Kind.FRAME_KIND_REQUEST, method: info.path, payload: info.request.encode(request).finish() }],
      [encoder.call(Kind.FRAME_KIND_END, 2 ** 40 + 5, '', info.response, response, ok, LIMIT),
        { requestId: 2 ** 40 + 5, kind: Kind.FRAME_KIND_END, payload: info.response.encode(response).finish(), status: ok }],
      [encoder.call(Kind.FRAME_KIND_MESSAGE, 0xffffffff, '', info.response, response, null, LIMIT),
        { requestId: 0xffffffff, kind: Kind.FRAME_KIND_MESSAGE, payload: info.response.encode(response).finish() }],
      // An empty message: no payload field at all, as proto3 leaves empty bytes out.
      [encoder.call(Kind.FRAME_KIND_END, 3, '', DomctlService.DestroyDomain.response, {}, ok, LIMIT),
        { requestId: 3, kind: Kind.FRAME_KIND_END, status: ok }],
      [encoder.call(Kind.FRAME_KIND_END, 4, '', null, undefined, { code: StatusCode.STATUS_CODE_ESRCH, message: 'no domain 9' }, LIMIT),
        { requestId: 4, kind: Kind.FRAME_KIND_END, status: { code: StatusCode.STATUS_CODE_ESRCH, message: 'no domain 9' } }],
      [encoder.frame({ kind: Kind.FRAME_KIND_HELLO, hello: { supportedVersions: [1, 2], clientName: 'x' } }, LIMIT),
        { kind: Kind.FRAME_KIND_HELLO, hello: { supportedVersions: [1, 2], clientName: 'x' } }],
    ];
    for (const [bytes, frame] of cases) expect(Array.from(bytes)).toEqual(Array.from(reference(frame)));
    const end = pb.Frame.decode(body(cases[1][0]));
    expect(end.requestId).toBe(2 ** 40 + 5);
    expect(info.response.decode(end.payload).info.handle).toEqual(new Uint8Array(16).fill(3));
  });

  it('never rewrites a frame it handed out, across slabs and a frame larger than a slab', () => {
    const encoder = new FrameEncoder();
    const sent: Array<{ bytes: Uint8Array; data: Uint8Array }> = [];
    const write = DomctlService.WriteGuestMemory;
    // About 3 MB in all: many slabs, frames of every size including one of 200 KB.
    for (let i = 0; i < 600; i++) {
      const size = i === 300 ? 200_000 : (i * 97) % 9000;
      const data = new Uint8Array(size).map((_, j) => (i * 31 + j) & 0xff);
      sent.push({ bytes: encoder.call(Kind.FRAME_KIND_REQUEST, i + 1, write.path, write.request, { domid: i, gpa: i, data }, null, LIMIT), data });
    }
    for (const [i, { bytes, data }] of sent.entries()) {
      const frame = pb.Frame.decode(body(bytes));
      expect(frame.requestId).toBe(i + 1);
      const request = write.request.decode(frame.payload);
      expect(request.domid).toBe(i);
      expect(Buffer.compare(request.data, data)).toBe(0);
    }
  });

  it('lays large bytes fields straight into the frame, at top level only, with the bytes pb.Frame.encode gives', () => {
    const encoder = new FrameEncoder();
    const write = DomctlService.WriteGuestMemory;
    const copy = DomctlService.GrantCopy;
    const bytes = (n: number, seed: number): Uint8Array => new Uint8Array(n).map((_, j) => (seed * 131 + j * 7) & 0xff);
    const messages = [
      // Two deferred fields (ops and data) around a small one, and notify after them.
      { method: copy, message: { ops: bytes(5120, 1), data: bytes(300_000, 2), notify: [3, 4, 5] } },
      // A deferred top-level field, then large fields inside nested messages (`more`): those
      // are copied as usual, since their messages' lengths come from the writer.
      { method: write, message: { domid: 1, gpa: 4096, data: bytes(70_000, 3), more: [{ gpa: 8192, data: bytes(9000, 4) }, { gpa: 1, data: bytes(4095, 5) }] } },
      // Just under and at the threshold.
      { method: write, message: { domid: 2, data: bytes(4095, 6) } },
      { method: write, message: { domid: 2, data: bytes(4096, 7) } },
    ];
    for (const [i, { method, message }] of messages.entries()) {
      const codec = method.request as typeof write.request;
      const got = encoder.call(Kind.FRAME_KIND_REQUEST, i + 1, method.path, codec, message as Parameters<typeof codec.encode>[0], null, LIMIT);
      const want = reference({ requestId: i + 1, kind: Kind.FRAME_KIND_REQUEST, method: method.path, payload: codec.encode(message as Parameters<typeof codec.encode>[0]).finish() });
      expect(Buffer.compare(Buffer.from(got), Buffer.from(want))).toBe(0);
    }
    // A message whose encoding throws after a field was deferred leaves nothing behind.
    expect(() => encoder.call(Kind.FRAME_KIND_REQUEST, 9, write.path, write.request, { data: bytes(8192, 8), more: [null as unknown as { gpa: number }] }, null, LIMIT)).toThrow();
    const after = encoder.call(Kind.FRAME_KIND_REQUEST, 10, write.path, write.request, { domid: 4, data: bytes(5000, 9) }, null, LIMIT);
    expect(Array.from(after)).toEqual(Array.from(reference({
      requestId: 10, kind: Kind.FRAME_KIND_REQUEST, method: write.path, payload: write.request.encode({ domid: 4, data: bytes(5000, 9) }).finish(),
    })));
  });

  it('refuses a frame over the limit, and one whose message does not encode, and goes on', () => {
    const encoder = new FrameEncoder();
    const write = DomctlService.WriteGuestMemory;
    const big = { data: new Uint8Array(2000) };
    const bigBytes = pb.Frame.encode({ requestId: 1, kind: Kind.FRAME_KIND_REQUEST, method: write.path, payload: write.request.encode(big).finish() })
      .finish().length;
    expect(() => encoder.call(Kind.FRAME_KIND_REQUEST, 1, write.path, write.request, big, null, 1024))
      .toThrow(new FramingError(StatusCode.STATUS_CODE_EMSGSIZE, `frame of ${bigBytes} bytes exceeds the limit of 1024`));
    // A BigInt where the schema wants a uint32: the generated encoder throws a TypeError.
    expect(() => encoder.call(Kind.FRAME_KIND_REQUEST, 2, info.path, info.request, { domid: 1n as unknown as number }, null, LIMIT))
      .toThrow(TypeError);
    const next = encoder.call(Kind.FRAME_KIND_REQUEST, 3, info.path, info.request, { domid: 5 }, null, LIMIT);
    expect(Array.from(next)).toEqual(Array.from(reference({
      requestId: 3, kind: Kind.FRAME_KIND_REQUEST, method: info.path, payload: info.request.encode({ domid: 5 }).finish(),
    })));
  });
});
