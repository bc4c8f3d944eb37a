/**
 * The xs_wire codec: `struct xsd_sockmsg` headers (four little-endian uint32s) followed by a
 * payload of at most XENSTORE_PAYLOAD_MAX bytes, usually NUL-terminated strings.
 */
// By module: the package index re-exports through getters too slow for every message.
import { XENSTORE_PAYLOAD_MAX, XSD_SOCKMSG, XS_WATCH_EVENT } from '@hvsim/abi/xs_wire';
import { XsError, XsProtocolError } from './errors';

// The header's field offsets, looked up in the layout once.
const XSD_SOCKMSG_SIZE = XSD_SOCKMSG.size;
const TYPE = XSD_SOCKMSG.f.type.offset;
const REQ_ID = XSD_SOCKMSG.f.req_id.offset;
const TX_ID = XSD_SOCKMSG.f.tx_id.offset;
const LEN = XSD_SOCKMSG.f.len.offset;

/** One xs_wire message. */
export interface XsMessage {
  type: number;
  reqId: number;
  txId: number;
  payload: Buffer;
}

/** Encode one message (header + payload) into a fresh buffer. */
export function encodeMessage(type: number, reqId: number, txId: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(XSD_SOCKMSG_SIZE + payload.length);
  out.writeUInt32LE(type >>> 0, TYPE);
  out.writeUInt32LE(reqId >>> 0, REQ_ID);
  out.writeUInt32LE(txId >>> 0, TX_ID);
  out.writeUInt32LE(payload.length, LEN);
  out.set(payload, XSD_SOCKMSG_SIZE);
  return out;
}

/**
 * XS_WATCH_EVENT messages ("path\0token\0"), one per path and token of the same index, in one
 * buffer. Both are written as latin1, as requests' strings are read.
 */
export function encodeWatchEvents(paths: readonly string[], tokens: readonly string[]): Buffer {
  let size = 0;
  for (let i = 0; i < paths.length; i++) size += XSD_SOCKMSG_SIZE + paths[i].length + tokens[i].length + 2;
  const out = Buffer.allocUnsafe(size);
  let off = 0;
  for (let i = 0; i < paths.length; i++) {
    out.writeUInt32LE(XS_WATCH_EVENT, off + TYPE);
    out.writeUInt32LE(0, off + REQ_ID);
    out.writeUInt32LE(0, off + TX_ID);
    out.writeUInt32LE(paths[i].length + tokens[i].length + 2, off + LEN);
    off += XSD_SOCKMSG_SIZE;
    off += out.write(paths[i], off, 'latin1');
    out[off++] = 0;
    off += out.write(tokens[i], off, 'latin1');
    out[off++] = 0;
  }
  return out;
}

/** NUL-terminate each string and concatenate ("a\0b\0"). */
export function nulStrings(strings: Iterable<string>): Buffer {
  let text = '';
  for (const s of strings) text += s + '\0';
  return Buffer.from(text, 'latin1');
}

/**
 * Split a payload into its NUL-terminated arguments. The payload must end in NUL (as xenstored
 * insists); anything else is a malformed request → EINVAL.
 */
export function splitArgs(payload: Buffer): string[] {
  if (payload.length === 0 || payload[payload.length - 1] !== 0) {
    throw new XsError('EINVAL', 'arguments must be NUL-terminated');
  }
  return payload.toString('latin1', 0, payload.length - 1).split('\0');
}

/** The single NUL-terminated argument of a request. */
export function oneArg(payload: Buffer): string {
  if (payload.length === 0 || payload.indexOf(0) !== payload.length - 1) {
    throw new XsError('EINVAL', 'expected exactly one NUL-terminated argument');
  }
  return payload.toString('latin1', 0, payload.length - 1);
}

/**
 * Streaming decoder: feed it arbitrary chunks, get whole messages back. A header announcing a
 * payload above XENSTORE_PAYLOAD_MAX is a protocol violation (xenstored drops such a client);
 * after that the decoder refuses all further input.
 */
export class XsFrameDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private broken: XsProtocolError | null = null;

  /** Bytes received but not yet part of a whole message. */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  /** Append a chunk; returns the messages it completed. Throws XsProtocolError on a bad frame. */
  push(chunk: Uint8Array): XsMessage[] {
    if (this.broken) throw this.broken;
    const data = this.pending.length === 0
      ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      : Buffer.concat([this.pending, chunk]);
    const messages: XsMessage[] = [];
    let off = 0;
    while (data.length - off >= XSD_SOCKMSG_SIZE) {
      const len = data.readUInt32LE(off + LEN);
      if (len > XENSTORE_PAYLOAD_MAX) {
        this.broken = new XsProtocolError(
          `message payload of ${len} bytes exceeds XENSTORE_PAYLOAD_MAX (${XENSTORE_PAYLOAD_MAX})`);
        this.pending = Buffer.alloc(0);
        throw this.broken;
      }
      if (data.length - off < XSD_SOCKMSG_SIZE + len) break;
      const start = off + XSD_SOCKMSG_SIZE;
      // Copy: the caller may keep the payload while the chunk's memory is reused.
      const payload = Buffer.allocUnsafe(len);
      data.copy(payload, 0, start, start + len);
      messages.push({
        type: data.readUInt32LE(off + TYPE),
        reqId: data.readUInt32LE(off + REQ_ID),
        txId: data.readUInt32LE(off + TX_ID),
        payload,
      });
      off = start + len;
    }
    this.pending = off === data.length ? Buffer.alloc(0) : Buffer.from(data.subarray(off));
    return messages;
  }
}
