import type { Frame, FrameSource } from '../memory';

const PAGE_SIZE = 4096;

/**
 * The board's RAM as a FrameSource: a flat array of 4 KiB frames allocated on first write.
 * Pages never written read as one shared zero frame, so a 128 MiB board costs only what
 * the image touches.
 */
export class LazyRam implements FrameSource {
  private readonly frames: Array<Frame | null>;
  private readonly zero: Frame = new Uint8Array(PAGE_SIZE);
  private allocated = 0;

  constructor(readonly pages: number) {
    this.frames = new Array<Frame | null>(pages).fill(null);
  }

  frame(index: number, forWrite: boolean, out: { writable: boolean }): Frame | null {
    if (index < 0 || index >= this.pages) return null;
    let frame = this.frames[index];
    if (frame === null) {
      if (!forWrite) {
        out.writable = false;
        return this.zero;
      }
      frame = new Uint8Array(PAGE_SIZE);
      this.frames[index] = frame;
      this.allocated++;
    }
    out.writable = true;
    return frame;
  }

  /** Pages that have been written at least once (their bytes exist). */
  get allocatedPages(): number {
    return this.allocated;
  }
}
