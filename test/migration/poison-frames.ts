/**
 * Large frames' memory poisoned the moment it is given back to `largeFrames`: a give-back
 * before the frame's last read shows as poison where the bytes should be (in guest memory, in
 * a record's checksum). The pool still takes the memory back and hands it out again.
 */
import { largeFrames } from '@hvsim/control';

const POISON = 0xa5;

/** Poisons what is given back, while the pool would still take it; counts memory handed out again. */
export function poisonGiveBacks(): { reused: () => number; restore: () => void } {
  const issued = new WeakSet<ArrayBuffer>();
  const free = new WeakSet<ArrayBuffer>();
  let reused = 0;
  const take = largeFrames.take.bind(largeFrames);
  const release = largeFrames.release.bind(largeFrames);
  const takeSpy = jest.spyOn(largeFrames, 'take').mockImplementation((bytes) => {
    const frame = take(bytes);
    const buffer = frame.buffer as ArrayBuffer;
    if (issued.has(buffer)) reused++;
    issued.add(buffer);
    free.delete(buffer);
    return frame;
  });
  const releaseSpy = jest.spyOn(largeFrames, 'release').mockImplementation((bytes) => {
    const buffer = bytes.buffer as ArrayBuffer;
    if (issued.has(buffer) && !free.has(buffer)) {
      new Uint8Array(buffer).fill(POISON);
      free.add(buffer);
    }
    release(bytes);
  });
  return {
    reused: () => reused,
    restore: () => {
      takeSpy.mockRestore();
      releaseSpy.mockRestore();
    },
  };
}
