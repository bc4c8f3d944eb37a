/** A program builder with labels over the encoders of asm.ts, for board-level tests. */
import { addi, auipc, jal, li, sw, t5, t6 } from './asm';

type Item = number | ((pc: number, label: (name: string) => number) => number);

export class Program {
  private readonly items: Item[] = [];
  private readonly labels = new Map<string, number>();

  /** Instruction words (nested arrays, as asm.ts's `li` returns, are flattened). */
  emit(...words: Array<number | number[]>): this {
    this.items.push(...words.flat());
    return this;
  }

  label(name: string): this {
    this.labels.set(name, this.items.length * 4);
    return this;
  }

  li(rd: number, value: number): this {
    return this.emit(li(rd, value));
  }

  /** A branch to a label: `encode` is one of asm.ts's branch encoders, e.g. (off) => beq(a0, a1, off). */
  branch(encode: (offset: number) => number, to: string): this {
    this.items.push((pc, label) => encode(label(to) - pc));
    return this;
  }

  jump(rd: number, to: string): this {
    return this.branch((offset) => jal(rd, offset), to);
  }

  /** rd = the address of a label (auipc + addi). */
  la(rd: number, to: string): this {
    this.items.push((pc, label) => auipc(rd, (label(to) - pc + 0x800) >> 12));
    this.items.push((pc, label) => {
      const offset = label(to) - (pc - 4);
      return addi(rd, rd, offset - (((offset + 0x800) >> 12) << 12));
    });
    return this;
  }

  /** Powers off through the SiFive test finisher with `code` (clobbers t5, t6). */
  finish(code = 0): this {
    return this.li(t6, 0x100000).li(t5, code === 0 ? 0x5555 : (code << 16) | 0x3333).emit(sw(t5, t6, 0));
  }

  build(base: number): Uint8Array {
    const out = new Uint8Array(this.items.length * 4);
    const view = new DataView(out.buffer);
    const label = (name: string): number => {
      const at = this.labels.get(name);
      if (at === undefined) throw new Error(`no label ${name}`);
      return base + at;
    };
    this.items.forEach((item, i) => {
      view.setUint32(i * 4, typeof item === 'number' ? item : item(base + i * 4, label), true);
    });
    return out;
  }
}
