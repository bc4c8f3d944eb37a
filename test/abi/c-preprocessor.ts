/**
 * Just enough of a C preprocessor and constant-expression evaluator to read Xen's public
 * headers the way a compiler does: #include "…", #define (object- and function-like, with #
 * and ##), #undef, #if/#ifdef/#ifndef/#elif/#else/#endif with defined(), then the enums in the
 * surviving text. Integer expressions follow C's rules for a 32-bit Arm target (int and long
 * 32-bit, long long 64-bit; literal suffixes, casts, usual arithmetic conversions), so values
 * such as `(uint32_t)~0 << 16` or `xen_mk_uint(0x7FF0)` come out as the compiler sees them.
 * Test-only code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Macro {
  params: string[] | null;
  body: string[];
}

/** A C integer value with its type. */
interface CInt {
  v: bigint;
  bits: 32 | 64;
  unsigned: boolean;
}

/** Sizes and signedness of the types the headers cast to or take sizeof of (arm32). */
const C_TYPES: Record<string, { bits: number; unsigned: boolean }> = {
  char: { bits: 8, unsigned: false }, 'signed char': { bits: 8, unsigned: false },
  'unsigned char': { bits: 8, unsigned: true }, short: { bits: 16, unsigned: false },
  'unsigned short': { bits: 16, unsigned: true }, int: { bits: 32, unsigned: false },
  signed: { bits: 32, unsigned: false }, unsigned: { bits: 32, unsigned: true },
  'unsigned int': { bits: 32, unsigned: true }, long: { bits: 32, unsigned: false },
  'unsigned long': { bits: 32, unsigned: true }, 'long long': { bits: 64, unsigned: false },
  'unsigned long long': { bits: 64, unsigned: true },
  int8_t: { bits: 8, unsigned: false }, uint8_t: { bits: 8, unsigned: true },
  int16_t: { bits: 16, unsigned: false }, uint16_t: { bits: 16, unsigned: true },
  int32_t: { bits: 32, unsigned: false }, uint32_t: { bits: 32, unsigned: true },
  int64_t: { bits: 64, unsigned: false }, uint64_t: { bits: 64, unsigned: true },
  domid_t: { bits: 16, unsigned: true }, evtchn_port_t: { bits: 32, unsigned: true },
  grant_ref_t: { bits: 32, unsigned: true }, grant_handle_t: { bits: 32, unsigned: true },
  xen_ulong_t: { bits: 64, unsigned: true }, xen_pfn_t: { bits: 64, unsigned: true },
};

const TOKEN_RE =
  /\s*(?:(0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*)|([A-Za-z_]\w*)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(##|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^~!<>?:(),#=\[\]{};.]))/y;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN_RE.lastIndex < text.length && (m = TOKEN_RE.exec(text)) !== null) {
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  const rest = text.slice(TOKEN_RE.lastIndex).trim();
  if (rest !== '') out.push(...rest.split(/\s+/)); // anything exotic: kept as opaque tokens
  return out;
}

const isIdent = (t: string | undefined): t is string => t !== undefined && /^[A-Za-z_]\w*$/.test(t);

/** Remove comments (not inside string or char literals) and join continued lines. */
function stripComments(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const body = src.slice(i, end < 0 ? src.length : end + 2);
      out += ' ' + '\n'.repeat((body.match(/\n/g) ?? []).length);
      i = (end < 0 ? src.length : end + 2) - 1;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i + 1 < src.length && src[i + 1] !== '\n') i++;
    } else {
      out += c;
    }
  }
  return out.replace(/\\\r?\n/g, ' ');
}

export class CPreprocessor {
  private readonly macros = new Map<string, Macro>();
  private readonly enumerators = new Map<string, CInt>();
  private readonly text: string[] = [];
  /** Sizes of array typedefs (`typedef char xen_extraversion_t[16];`), for sizeof. */
  private readonly arrayTypedefs = new Map<string, bigint>();

  /** `predefined`: macro name → body text ("1", "__XEN_LATEST_INTERFACE_VERSION__"). */
  constructor(predefined: Record<string, string>) {
    for (const [name, body] of Object.entries(predefined)) this.macros.set(name, { params: null, body: tokenize(body) });
  }

  /** Preprocess one file (and what it includes) into this translation unit. */
  include(file: string): void {
    const src = stripComments(fs.readFileSync(file, 'utf8'));
    const stack: Array<{ active: boolean; taken: boolean; parent: boolean }> = [];
    const active = () => stack.length === 0 || stack[stack.length - 1].active;
    for (const raw of src.split('\n')) {
      const line = raw.trim();
      const d = /^#\s*(\w+)\s*(.*)$/.exec(line);
      if (!d) {
        if (active() && line !== '') this.text.push(this.expand(tokenize(line), new Set()).join(' '));
        continue;
      }
      const [, directive, rest] = d;
      switch (directive) {
        case 'if': case 'ifdef': case 'ifndef': {
          const parent = active();
          let cond = false;
          if (parent) {
            if (directive === 'if') cond = this.condition(rest);
            else cond = this.macros.has(rest.trim()) === (directive === 'ifdef');
          }
          stack.push({ active: parent && cond, taken: cond, parent });
          break;
        }
        case 'elif': {
          const top = stack[stack.length - 1];
          const cond = top.parent && !top.taken && this.condition(rest);
          top.active = cond;
          top.taken ||= cond;
          break;
        }
        case 'else': {
          const top = stack[stack.length - 1];
          top.active = top.parent && !top.taken;
          top.taken = true;
          break;
        }
        case 'endif':
          stack.pop();
          break;
        default:
          if (active()) this.directive(directive, rest, file);
      }
    }
    if (stack.length !== 0) throw new Error(`${file}: unterminated #if`);
  }

  private directive(directive: string, rest: string, file: string): void {
    if (directive === 'define') {
      const m = /^([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$/.exec(rest);
      if (!m) throw new Error(`${file}: bad #define ${rest}`);
      const params = m[2] === undefined ? null : m[3].split(',').map((p) => p.trim()).filter((p) => p !== '');
      this.macros.set(m[1], { params, body: tokenize(m[4]) });
    } else if (directive === 'undef') {
      this.macros.delete(rest.trim());
    } else if (directive === 'include') {
      const m = /^"([^"]+)"/.exec(rest);
      if (m) this.include(path.resolve(path.dirname(file), m[1]));
    } else if (directive === 'error') {
      throw new Error(`${file}: #error ${rest}`);
    }
  }

  private condition(expr: string): boolean {
    const toks = tokenize(expr);
    const resolved: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (toks[i] !== 'defined') { resolved.push(toks[i]); continue; }
      const name = toks[i + 1] === '(' ? toks[i + 2] : toks[i + 1];
      i += toks[i + 1] === '(' ? 3 : 1;
      resolved.push(this.macros.has(name) ? '1' : '0');
    }
    // In #if, identifiers left after expansion are 0.
    const expanded = this.expand(resolved, new Set()).map((t) => (isIdent(t) && !(t in C_TYPES) ? '0' : t));
    return new ExprParser(expanded, () => undefined, this.arrayTypedefs).parse().v !== 0n;
  }

  /** Macro-expand tokens (arguments pre-expanded except next to # and ##; no self-recursion). */
  expand(toks: string[], hide: Set<string>): string[] {
    const out: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const mac = isIdent(t) && !hide.has(t) ? this.macros.get(t) : undefined;
      if (!mac) { out.push(t); continue; }
      const inner = new Set(hide).add(t);
      if (mac.params === null) { out.push(...this.expand(mac.body, inner)); continue; }
      if (toks[i + 1] !== '(') { out.push(t); continue; }
      const args: string[][] = [[]];
      let depth = 0;
      let j = i + 2;
      for (; j < toks.length; j++) {
        const a = toks[j];
        if (a === '(') depth++;
        if (a === ')' && depth-- === 0) break;
        if (a === ',' && depth === 0) args.push([]);
        else args[args.length - 1].push(a);
      }
      if (j >= toks.length) { out.push(t); continue; } // invocation spans lines: leave it
      i = j;
      out.push(...this.expand(this.substitute(mac, args, hide), inner));
    }
    return out;
  }

  private substitute(mac: Macro, args: string[][], hide: Set<string>): string[] {
    const params = mac.params ?? [];
    const arg = (name: string) => args[params.indexOf(name)] ?? [];
    const body = mac.body;
    const out: string[] = [];
    for (let k = 0; k < body.length; k++) {
      const t = body[k];
      if (t === '#' && params.includes(body[k + 1])) {
        out.push(JSON.stringify(arg(body[++k]).join(' ')));
      } else if (params.includes(t)) {
        const pasted = body[k - 1] === '##' || body[k + 1] === '##';
        out.push(...(pasted ? arg(t) : this.expand(arg(t), hide)));
      } else {
        out.push(t);
      }
    }
    // Token pasting: glue the neighbours of each ## and re-tokenize.
    const glued: string[] = [];
    for (let k = 0; k < out.length; k++) {
      if (out[k] === '##' && glued.length > 0 && k + 1 < out.length) glued.push(...tokenize(glued.pop()! + out[++k]));
      else glued.push(out[k]);
    }
    return glued;
  }

  /** Enumerators of every enum in the preprocessed text. */
  private parseEnums(): void {
    const all = this.text.join(' ');
    const re = /\benum\s*\w*\s*\{([^}]*)\}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(all)) !== null) {
      let next: CInt = { v: 0n, bits: 32, unsigned: false };
      for (const entry of m[1].split(',').map((e) => e.trim()).filter((e) => e !== '')) {
        const eq = /^([A-Za-z_]\w*)\s*(?:=\s*(.*))?$/.exec(entry);
        if (!eq) throw new Error(`cannot read enumerator "${entry}"`);
        const value = eq[2] === undefined ? next : this.evaluate(tokenize(eq[2]));
        if (value === undefined) throw new Error(`cannot evaluate enumerator "${entry}"`);
        this.enumerators.set(eq[1], value);
        next = { ...value, v: value.v + 1n };
      }
    }
  }

  private evaluate(toks: string[]): CInt | undefined {
    try {
      const p = new ExprParser(this.expand(toks, new Set()), (id) => this.enumerators.get(id), this.arrayTypedefs);
      const v = p.parse();
      return p.done() ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every integer constant of the unit: evaluable object-like macros, then enumerators. */
  integerConstants(): Map<string, bigint> {
    this.parseEnums();
    for (const m of this.text.join(' ').matchAll(/\btypedef\s+(?:unsigned\s+)?char\s+(\w+)\s*\[\s*(\d+)\s*\]\s*;/g)) {
      this.arrayTypedefs.set(m[1], BigInt(m[2]));
    }
    const out = new Map<string, bigint>();
    for (const [name, e] of this.enumerators) out.set(name, e.v);
    for (const [name, mac] of this.macros) {
      if (mac.params !== null || mac.body.length === 0) continue;
      const v = this.evaluate([name]);
      if (v !== undefined) out.set(name, v.v);
    }
    return out;
  }

  /** Object-like macros whose body is one string literal. */
  stringConstants(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, mac] of this.macros) {
      if (mac.params === null && mac.body.length === 1 && mac.body[0].startsWith('"')) {
        out.set(name, JSON.parse(mac.body[0]) as string);
      }
    }
    return out;
  }

  /** The preprocessed, macro-expanded text (one entry per source line). */
  expandedText(): string {
    return this.text.join('\n');
  }
}

function normalize(v: bigint, bits: number, unsigned: boolean): bigint {
  return unsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}

function mk(v: bigint, bits: 32 | 64, unsigned: boolean): CInt {
  return { v: normalize(v, bits, unsigned), bits, unsigned };
}

const INT = (v: bigint): CInt => mk(v, 32, false);

function literal(tok: string): CInt {
  const m = /^(0[xX][0-9a-fA-F]+|\d+)([uUlL]*)$/.exec(tok);
  if (!m) throw new Error(`bad number ${tok}`);
  const digits = m[1];
  const v = /^0[0-7]+$/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  const suffix = m[2].toLowerCase();
  const unsignedOk = suffix.includes('u') || digits.length > 1 && !/^[1-9]/.test(digits); // hex/octal
  const candidates: Array<[32 | 64, boolean]> = [];
  const minBits = suffix.includes('ll') ? 64 : 32;
  for (const bits of [32, 64] as const) {
    if (bits < minBits) continue;
    if (!suffix.includes('u')) candidates.push([bits, false]);
    if (unsignedOk) candidates.push([bits, true]);
  }
  for (const [bits, unsigned] of candidates) {
    const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
    if (v <= max) return mk(v, bits, unsigned);
  }
  throw new Error(`number too large: ${tok}`);
}

/** Promote, then apply the usual arithmetic conversions to two operands. */
function common(a: CInt, b: CInt): { bits: 32 | 64; unsigned: boolean } {
  if (a.bits !== b.bits) return a.bits === 64 ? { bits: 64, unsigned: a.unsigned } : { bits: 64, unsigned: b.unsigned };
  return { bits: a.bits, unsigned: a.unsigned || b.unsigned };
}

/** Recursive-descent parser for C constant expressions over tokens. */
class ExprParser {
  private i = 0;

  constructor(
    private readonly toks: string[],
    private readonly lookup: (id: string) => CInt | undefined,
    private readonly arrayTypedefs: ReadonlyMap<string, bigint>,
  ) {}

  done(): boolean {
    return this.i === this.toks.length;
  }

  parse(): CInt {
    return this.ternary();
  }

  private peek(): string | undefined {
    return this.toks[this.i];
  }

  private take(expected?: string): string {
    const t = this.toks[this.i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`expected ${expected ?? 'token'}, got ${t}`);
    return t;
  }

  private ternary(): CInt {
    const c = this.binary(0);
    if (this.peek() !== '?') return c;
    this.take('?');
    const a = this.ternary();
    this.take(':');
    const b = this.ternary();
    const t = common(a, b);
    return mk(c.v !== 0n ? a.v : b.v, t.bits, t.unsigned);
  }

  private static readonly LEVELS: string[][] = [
    ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
  ];

  private binary(level: number): CInt {
    if (level === ExprParser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (ExprParser.LEVELS[level].includes(this.peek() ?? '')) {
      const op = this.take();
      const right = this.binary(level + 1);
      left = apply(op, left, right);
    }
    return left;
  }

  /** A parenthesised type name at the cursor, or undefined. */
  private typeName(): string | undefined {
    if (this.peek() !== '(') return undefined;
    let j = this.i + 1;
    const words: string[] = [];
    while (isIdent(this.toks[j])) words.push(this.toks[j++]);
    const name = words.join(' ');
    return this.toks[j] === ')' && name in C_TYPES ? name : undefined;
  }

  private unary(): CInt {
    const t = this.peek();
    if (t === '-' || t === '+' || t === '~' || t === '!') {
      this.take();
      const v = this.unary();
      if (t === '-') return mk(-v.v, v.bits, v.unsigned);
      if (t === '~') return mk(~v.v, v.bits, v.unsigned);
      if (t === '!') return INT(v.v === 0n ? 1n : 0n);
      return v;
    }
    if (t === 'sizeof') {
      this.take();
      const array = this.toks[this.i + 2] === ')' ? this.arrayTypedefs.get(this.toks[this.i + 1]) : undefined;
      if (this.peek() === '(' && array !== undefined) {
        this.i += 3;
        return mk(array, 32, true);
      }
      const type = this.typeName();
      if (type === undefined) throw new Error('sizeof of an expression');
      this.i += type.split(' ').length + 2;
      return mk(BigInt(C_TYPES[type].bits / 8), 32, true);
    }
    const cast = this.typeName();
    if (cast !== undefined) {
      this.i += cast.split(' ').length + 2;
      const v = this.unary();
      const ty = C_TYPES[cast];
      // The value converts to the cast type, then promotes as a narrow integer does (to int).
      return { v: normalize(v.v, ty.bits, ty.unsigned), bits: ty.bits === 64 ? 64 : 32, unsigned: ty.unsigned && ty.bits >= 32 };
    }
    return this.primary();
  }

  private primary(): CInt {
    const t = this.take();
    if (t === '(') {
      const v = this.ternary();
      this.take(')');
      return v;
    }
    if (/^\d/.test(t)) return literal(t);
    if (/^'.'$/.test(t)) return INT(BigInt(t.charCodeAt(1)));
    const v = isIdent(t) ? this.lookup(t) : undefined;
    if (v === undefined) throw new Error(`not a constant: ${t}`);
    return v;
  }
}

function apply(op: string, a: CInt, b: CInt): CInt {
  switch (op) {
    case '||': return INT(a.v !== 0n || b.v !== 0n ? 1n : 0n);
    case '&&': return INT(a.v !== 0n && b.v !== 0n ? 1n : 0n);
    case '<<': return mk(a.v << b.v, a.bits, a.unsigned);
    case '>>': return mk(a.v >> b.v, a.bits, a.unsigned);
  }
  const t = common(a, b);
  const x = normalize(a.v, t.bits, t.unsigned);
  const y = normalize(b.v, t.bits, t.unsigned);
  switch (op) {
    case '|': return mk(x | y, t.bits, t.unsigned);
    case '^': return mk(x ^ y, t.bits, t.unsigned);
    case '&': return mk(x & y, t.bits, t.unsigned);
    case '==': return INT(x === y ? 1n : 0n);
    case '!=': return INT(x !== y ? 1n : 0n);
    case '<': return INT(x < y ? 1n : 0n);
    case '>': return INT(x > y ? 1n : 0n);
    case '<=': return INT(x <= y ? 1n : 0n);
    case '>=': return INT(x >= y ? 1n : 0n);
    case '+': return mk(x + y, t.bits, t.unsigned);
    case '-': return mk(x - y, t.bits, t.unsigned);
    case '*': return mk(x * y, t.bits, t.unsigned);
    case '/': if (y === 0n) throw new Error('division by zero'); return mk(x / y, t.bits, t.unsigned);
    case '%': if (y === 0n) throw new Error('division by zero'); return mk(x % y, t.bits, t.unsigned);
  }
  throw new Error(`unknown operator ${op}`);
}
