/**
 * The functions of compiled regions (block-compiler.ts), kept by what fixes their text and
 * shared by address spaces, so that V8 optimises each region once rather than once per domain.
 *
 * A region exists in two variants of the same body:
 *  - its owner's (the address space that compiled it first): the address space's TLB arrays and
 *    memory are the function's free variables, and the function is the only closure of its
 *    source, so V8 optimises it for those very arrays (function context specialisation: the
 *    CPU benchmark's first round, which owns its regions, runs ~15 % more instructions per
 *    main-thread second than a second round of the same image on a new board, which shares);
 *  - everyone else's: one function for all, reading the arrays from the hart it runs on
 *    (h.mem.tlb) when it is entered.
 *
 * One function per address space does not scale: V8's compilation cache gives every
 * `new Function` of a source it has seen the same SharedFunctionInfo and feedback, so their
 * optimised code is shared only when it is not specialised to one closure — which depends on
 * whether V8 optimised the region before or after a second domain created its closure. When it
 * was before, the other closures ran their loops in baseline code and entered them by on-stack
 * replacement on every call; the interpreter's call site saw hundreds of functions (an
 * optimised interpret deoptimised by "wrong call target"). Core bench, 1,000 domains: ~2,900
 * MIPS in some runs, ~1,900 in others. With a single shared function it is one call target,
 * one feedback vector and one optimised code, whatever the timing.
 */
import { mulh, mulhsu, mulhu } from './arith';
import type { RegionFn } from './decoded-page';
import type { PhysMemory } from './memory';

/** What a region's functions are made from (RegionSource in block-compiler.ts). */
export interface RegionText {
  /** Declarations reading the TLB arrays the body uses from the hart (`h.mem.tlb`). */
  views: string;
  /** The function's statements after those. */
  body: string;
  /** Slot → block index; read only by the region. */
  label: Int16Array;
}

/** Free variables of the owner's variant: its address space's TLB arrays and memory, then
 *  what every variant has. */
const OWN_DEPS = ['rtag', 'r8', 'r32', 'wtag', 'w8', 'w32', 'wcode', 'mem', 'label', 'mulh', 'mulhu', 'mulhsu'];
/** Free variables of the shared variant: read-only, the same for every address space. */
const SHARED_DEPS = ['label', 'mulh', 'mulhu', 'mulhsu'];

interface Entry {
  text: RegionText;
  /** The address space whose variant `own` is. Weak: a destroyed domain's memory is not kept
   *  for a region that may stay here long after. */
  owner: WeakRef<PhysMemory>;
  /** Weak for the same reason (its closure holds the owner's memory); made again if collected. */
  own: WeakRef<RegionFn> | null;
  shared: RegionFn | null;
}

/** Distinct regions kept at most. */
const MAX_REGIONS = 1024;
/** Oldest first; a hit moves to the end, so the least recently used leaves first (address
 *  spaces that installed its functions keep them). */
const entries = new Map<string, Entry>();
/** Makes each owner's variant a source V8 has not seen, so that it is its closure's only one. */
let ownSerial = 0;

/**
 * The region function for address space `mem` of the region whose text is a function of
 * `key` alone; `text` makes that text when no address space has compiled it yet.
 */
export function regionFunction(key: string, mem: PhysMemory, text: () => RegionText): RegionFn {
  let e = entries.get(key);
  if (e !== undefined) {
    entries.delete(key);
  } else {
    e = { text: text(), owner: new WeakRef(mem), own: null, shared: null };
    if (entries.size >= MAX_REGIONS) entries.delete(entries.keys().next().value as string);
  }
  entries.set(key, e);
  if (e.owner.deref() !== mem) return (e.shared ??= sharedVariant(e.text));
  let fn = e.own?.deref();
  if (fn === undefined) {
    fn = ownVariant(e.text, mem);
    e.own = new WeakRef(fn);
  }
  return fn;
}

function ownVariant(text: RegionText, mem: PhysMemory): RegionFn {
  const source = `return function region(r, h, slot, left) {\n${text.body}\n};\n// ${ownSerial++}`;
  const make = new Function(...OWN_DEPS, source) as (...deps: unknown[]) => RegionFn;
  const tlb = mem.tlb;
  return make(tlb.rtag, tlb.r8, tlb.r32, tlb.wtag, tlb.w8, tlb.w32, tlb.wcode, mem, text.label, mulh, mulhu, mulhsu);
}

function sharedVariant(text: RegionText): RegionFn {
  const source = `return function region(r, h, slot, left) {\n${text.views}\n${text.body}\n};`;
  const make = new Function(...SHARED_DEPS, source) as (...deps: unknown[]) => RegionFn;
  return make(text.label, mulh, mulhu, mulhsu);
}
