/**
 * The functions of compiled regions (block-compiler.ts), kept by what fixes their text and
 * shared by address spaces, so that V8 optimises each region once rather than once per domain.
 *
 * A region exists in two variants of the same body:
 *  - its owners' (the first MAX_OWNERS address spaces to compile it): each owner's TLB arrays
 *    and memory are its function's free variables, and the function is the only closure of
 *    its source, so V8 optimises it for those very arrays (function context specialisation:
 *    a write-heavy loop runs ~20 % more instructions per second in an owner's variant than in
 *    the shared one — core bench, log-dirty rows, a second machine running the same image);
 *  - everyone else's: one function for all, reading the arrays from the hart it runs on
 *    (h.mem.tlb) when it is entered.
 * A host typically runs a few domains of one image, and each of those gets the faster
 * variant; a thousand domains of one image cost only MAX_OWNERS + 1 compilations per region.
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

/** Address spaces per region that get their own variant. */
export const MAX_OWNERS = 4;

interface Owner {
  /** Weak: a destroyed domain's memory is not kept for a region that may stay here long after.
   *  Its slot is not given to another address space, so which variant a domain runs never
   *  depends on when the collector ran. */
  mem: WeakRef<PhysMemory>;
  /** Weak for the same reason (its closure holds the owner's memory); made again if collected. */
  fn: WeakRef<RegionFn> | null;
}

interface Entry {
  text: RegionText;
  owners: Owner[];
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
    e = { text: text(), owners: [], shared: null };
    if (entries.size >= MAX_REGIONS) entries.delete(entries.keys().next().value as string);
  }
  entries.set(key, e);
  let owner = e.owners.find((o) => o.mem.deref() === mem);
  if (owner === undefined) {
    if (e.owners.length >= MAX_OWNERS) return (e.shared ??= sharedVariant(e.text));
    owner = { mem: new WeakRef(mem), fn: null };
    e.owners.push(owner);
  }
  let fn = owner.fn?.deref();
  if (fn === undefined) {
    fn = ownVariant(e.text, mem);
    owner.fn = new WeakRef(fn);
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
