/**
 * The control channel's framing (FrameDecoder): varint length prefixes and bodies, in chunks
 * cut anywhere. Properties: a FramingError or frames, nothing else; the frames do not depend
 * on how the stream was cut; no frame is longer than the limit; no body holds more bytes than
 * came in; after an error the decoder refuses everything.
 */
import fc from 'fast-check';
import { FrameDecoder, FramingError, encodeFrame } from '@hvsim/control';
import { fail, mutationsOf, onlyDefinedErrors, type FuzzTarget } from '../target';

const LIMIT = 1024;

/** The first byte says where to cut the rest (1..16 bytes per chunk). */
function chunks(input: Uint8Array): Uint8Array[] {
  const step = (input[0] ?? 0) % 16 + 1;
  const out: Uint8Array[] = [];
  for (let i = 1; i < input.length; i += step) out.push(input.subarray(i, i + step));
  return out;
}

function decode(parts: readonly Uint8Array[]): { frames: string[]; error: boolean } {
  const decoder = new FrameDecoder(LIMIT);
  const frames: string[] = [];
  for (const part of parts) {
    const got = onlyDefinedErrors(() => decoder.push(part), [FramingError]);
    if (got === undefined) {
      // Broken for good: whatever comes next is refused the same way.
      if (onlyDefinedErrors(() => decoder.push(Uint8Array.of(0)), [FramingError]) !== undefined) fail('the decoder accepted input after an error');
      return { frames, error: true };
    }
    for (const f of got) {
      if (f.length > LIMIT) fail(`a frame of ${f.length} bytes passed the limit of ${LIMIT}`);
      frames.push(Buffer.from(f).toString('hex'));
    }
  }
  return { frames, error: false };
}

const seeds = [
  Uint8Array.of(3, ...encodeFrame(Uint8Array.of(1, 2, 3)), ...encodeFrame(new Uint8Array(0)), ...encodeFrame(new Uint8Array(300).fill(7))),
  Uint8Array.of(0, 0x80, 0x80, 0x80, 0x80, 0x01),
];

export const controlFraming: FuzzTarget = {
  name: 'control-framing',
  about: 'FrameDecoder on a byte stream cut into chunks anywhere',
  inputs: () => fc.oneof(mutationsOf(seeds, 2048), fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 20 }).map((bodies) =>
    Uint8Array.from([5, ...bodies.flatMap((b) => [...encodeFrame(b)])]))),
  check(input) {
    const cut = decode(chunks(input));
    const whole = decode([input.subarray(1)]);
    if (cut.error !== whole.error) fail(`an error depends on chunking (${cut.error} cut, ${whole.error} whole)`);
    const n = Math.min(cut.frames.length, whole.frames.length);
    for (let i = 0; i < n; i++) if (cut.frames[i] !== whole.frames[i]) fail(`frame ${i} depends on chunking`);
    if (!cut.error && cut.frames.length !== whole.frames.length) fail('the number of frames depends on chunking');
  },
};
