/**
 * xs_wire as xenstored reads it, from a guest (unprivileged, domain 1) or a host tool (dom0):
 * headers, payloads, every request type with arguments shaped like paths, tokens, permissions
 * and domids. Properties: no request ends in an internal error (an exception that is not an
 * XsError); each whole request before a protocol error gets exactly one reply, with its req_id,
 * of at most XENSTORE_PAYLOAD_MAX bytes; a guest keeps to its watch and transaction quotas; the
 * event queue stays within its bound.
 */
import fc from 'fast-check';
import { XENSTORE_PAYLOAD_MAX, XS_ERROR, XS_TYPE_COUNT, XS_WATCH_EVENT } from '@hvsim/abi';
import { Xenstored, XsFrameDecoder, encodeMessage, type XsMessage } from '@hvsim/dom0';
import { fail, mutationsOf, type FuzzTarget } from '../target';

const words = fc.constantFrom('', '/', '/local', '/local/domain/1', '/local/domain/1/data', 'data', 'data/x', '/tool',
  '@introduceDomain', '@releaseDomain', 'T', 'F', 'r0', 'n1', 'w2', 'b1', '1', '0', '65535', 'x'.repeat(300), '..', '/a//b', 'a\u00ff');
const payload = fc.oneof(
  fc.array(words, { maxLength: 5 }).map((ws) => Buffer.from(ws.map((w) => `${w}\0`).join(''), 'latin1')),
  fc.tuple(words, fc.uint8Array({ maxLength: 24 })).map(([w, v]) => Buffer.concat([Buffer.from(`${w}\0`, 'latin1'), v])),
  fc.uint8Array({ maxLength: 64 }),
);
const message = fc.record({
  type: fc.oneof(fc.integer({ min: 0, max: XS_TYPE_COUNT }), fc.nat()),
  reqId: fc.nat(),
  txId: fc.oneof(fc.constantFrom(0, 1, 2), fc.nat()),
  payload,
}).map((m) => encodeMessage(m.type, m.reqId, m.txId, m.payload));

/** First byte: bit 0 = privileged (dom0) client; the rest is the stream. */
const stream = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.array(message, { maxLength: 24 }))
  .map(([flags, msgs]) => new Uint8Array(Buffer.concat([Buffer.of(flags), ...msgs])));

const seeds = [new Uint8Array(Buffer.concat([Buffer.of(0),
  encodeMessage(11, 1, 0, Buffer.from('data/x\0v', 'latin1')), encodeMessage(4, 2, 0, Buffer.from('data\0tok\0', 'latin1')),
  encodeMessage(6, 3, 0, Buffer.from('\0', 'latin1')), encodeMessage(7, 4, 1, Buffer.from('T\0', 'latin1'))]))];

export const xsWire: FuzzTarget = {
  name: 'xs-wire',
  about: 'xenstored reading xs_wire requests from a guest or a host tool',
  inputs: () => fc.oneof(stream, mutationsOf(seeds, 2048)),
  check(input) {
    const internal: string[] = [];
    const xs = new Xenstored({ scheduleDelivery: () => undefined, log: (line) => { if (line.includes('internal error')) internal.push(line); } });
    xs.mkdir('/local/domain/1');
    xs.setPerms('/local/domain/1', [{ domid: 1, perm: 'n' }]);
    const privileged = ((input[0] ?? 0) & 1) === 1;
    const replies: XsMessage[] = [];
    const decoder = new XsFrameDecoder();
    let protocolError = false;
    const conn = xs.connect(privileged ? 0 : 1, {
      write: (bytes) => replies.push(...decoder.push(bytes)),
      close: (_reason, bad) => { protocolError ||= bad; },
    }, privileged);
    const body = input.subarray(1);
    // Requests as the server will see them (up to a bad header), to match the replies against.
    const requests = new XsFrameDecoder();
    let sent: XsMessage[] = [];
    try {
      sent = requests.push(body);
    } catch {
      // a bad header: the requests before it are in the decoder's output no more; count replies only
    }
    conn.receive(body);
    if (internal.length > 0) fail(internal[0]);
    const answers = replies.filter((m) => m.type !== XS_WATCH_EVENT);
    for (const m of replies) if (m.payload.length > XENSTORE_PAYLOAD_MAX) fail(`a reply of ${m.payload.length} bytes`);
    if (!protocolError && sent.length > 0 && answers.length !== sent.length) fail(`${sent.length} requests got ${answers.length} replies`);
    for (let i = 0; i < Math.min(answers.length, sent.length); i++) {
      if (answers[i].reqId !== sent[i].reqId) fail(`reply ${i} has req_id ${answers[i].reqId}, the request ${sent[i].reqId}`);
      if (answers[i].type !== sent[i].type && answers[i].type !== XS_ERROR) fail(`reply ${i} is of type ${answers[i].type} to a request of type ${sent[i].type}`);
    }
    if (!privileged && conn.watchCount > xs.quotas.watchesPerConnection) fail(`a guest holds ${conn.watchCount} watches`);
    if (!privileged && conn.transactions.size > xs.quotas.transactionsPerConnection) fail(`a guest holds ${conn.transactions.size} transactions`);
    if (xs.queuedEvents > xs.quotas.queuedEventsPerConnection) fail(`${xs.queuedEvents} events queued`);
    xs.flushEvents();
    conn.close();
    if (xs.connectionCount !== 0) fail('a closed connection is still counted');
  },
};
