/**
 * The syntax of xl.cfg files (xl.cfg(5)): one `KEY = VALUE` per line (or separated by `;`),
 * where VALUE is a string in single or double quotes, a number (decimal or 0x hex), or a
 * list `[ VALUE, ... ]` of strings/numbers that may span lines and may end with a comma.
 * `#` starts a comment. `KEY += VALUE` appends to an earlier list or string, as xl allows.
 *
 * This module only parses; what the keys mean is domain-config.ts's business.
 */
import { ConfigError } from './config-error';

/** A string or number as written; xl treats both as text and converts on use. */
export interface XlAtom {
  kind: 'string' | 'number';
  text: string;
  line: number;
}

export interface XlList {
  kind: 'list';
  items: XlAtom[];
  line: number;
}

export type XlValue = XlAtom | XlList;

export interface XlSetting {
  key: string;
  op: '=' | '+=';
  value: XlValue;
  file: string;
  line: number;
}

/** 'word': bare text that is neither a key nor a number (an error wherever it appears). */
/** 'error': a lexical error (message in text); the parser reports it with the key it was in. */
type TokenKind = 'error' | 'ident' | 'word' | 'number' | 'string' | '=' | '+=' | '[' | ']' | ',' | ';' | 'newline' | 'eof';

interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

const WORD_CHAR = /[A-Za-z0-9_.\-]/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^(0[xX][0-9A-Fa-f]+|[0-9]+)$/;
const NEGATIVE_NUMBER = /^-(0[xX][0-9A-Fa-f]+|[0-9]+)$/;

/** Parses the text of a config file. Throws ConfigError naming `file` and the line. */
export function parseXlCfg(text: string, file: string): XlSetting[] {
  return new Parser(tokenize(text), file).settings();
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const read = readString(text, i);
      if (typeof read === 'string') return finish(tokens, { kind: 'error', text: read, line });
      tokens.push({ kind: 'string', text: read[0], line });
      i = read[1];
    } else if (c === '+' && text[i + 1] === '=') {
      tokens.push({ kind: '+=', text: '+=', line });
      i += 2;
    } else if (c === '=' || c === '[' || c === ']' || c === ',' || c === ';') {
      tokens.push({ kind: c, text: c, line });
      i++;
    } else if (WORD_CHAR.test(c)) {
      let end = i;
      while (end < text.length && WORD_CHAR.test(text[end])) end++;
      const word = text.slice(i, end);
      tokens.push({ kind: NUMBER.test(word) ? 'number' : IDENT.test(word) ? 'ident' : 'word', text: word, line });
      i = end;
    } else {
      return finish(tokens, { kind: 'error', text: `unexpected character ${JSON.stringify(c)}`, line });
    }
  }
  tokens.push({ kind: 'eof', text: '', line });
  return tokens;
}

function finish(tokens: Token[], error: Token): Token[] {
  tokens.push(error, { kind: 'eof', text: '', line: error.line });
  return tokens;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** Reads a quoted string starting at `start` (the quote): its value and the index after it,
 *  or an error message. */
function readString(text: string, start: number): [string, number] | string {
  const quote = text[start];
  let out = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length || text[i] === '\n') {
      return 'unterminated string';
    }
    const c = text[i];
    if (c === quote) return [out, i + 1];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e !== undefined && e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else if (e === 'x' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e !== undefined && /[0-7]/.test(e)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += 1 + digits.length;
    } else {
      return `unknown escape ${JSON.stringify('\\' + (e ?? ''))} in string`;
    }
  }
}

class Parser {
  private pos = 0;
  /** The key of the setting being parsed, for error messages. */
  private currentKey: string | null = null;

  constructor(private readonly tokens: Token[], private readonly file: string) {}

  settings(): XlSetting[] {
    const out: XlSetting[] = [];
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (t.kind === 'eof') return out;
      out.push(this.setting());
      const end = this.next();
      if (end.kind !== 'newline' && end.kind !== ';' && end.kind !== 'eof') {
        throw this.error(end, out[out.length - 1].key, `syntax error: expected the end of the line, got ${describe(end)}`);
      }
      if (end.kind === 'eof') return out;
    }
  }

  private setting(): XlSetting {
    const keyToken = this.next();
    if (keyToken.kind !== 'ident') {
      throw this.error(keyToken, null, `syntax error: expected a setting name, got ${describe(keyToken)}`);
    }
    const key = keyToken.text;
    this.currentKey = key;
    const op = this.next();
    if (op.kind !== '=' && op.kind !== '+=') {
      throw this.error(op, key, `syntax error: expected "=" after the key, got ${describe(op)}`);
    }
    const value = this.value(key);
    return { key, op: op.kind, value, file: this.file, line: keyToken.line };
  }

  private value(key: string): XlValue {
    const t = this.next();
    if (t.kind === '[') return this.list(key, t.line);
    return this.atom(t, key);
  }

  private atom(t: Token, key: string): XlAtom {
    if (t.kind === 'string' || t.kind === 'number') return { kind: t.kind, text: t.text, line: t.line };
    // No xl setting takes a negative number; say so rather than call "-4" a bare word.
    if (t.kind === 'word' && NEGATIVE_NUMBER.test(t.text)) throw this.error(t, key, `must be a positive number, got ${t.text}`);
    if (t.kind === 'ident' || t.kind === 'word') {
      throw this.error(t, key, `syntax error: bare word ${JSON.stringify(t.text)}; strings need quotes`);
    }
    throw this.error(t, key, `syntax error: expected a value, got ${describe(t)}`);
  }

  /** After `[`: atoms separated by commas, newlines anywhere, an optional trailing comma. */
  private list(key: string, line: number): XlList {
    const items: XlAtom[] = [];
    for (;;) {
      this.skipNewlines();
      let t = this.next();
      if (t.kind === ']') return { kind: 'list', items, line };
      if (t.kind === 'eof') throw new ConfigError(this.file, line, key, 'syntax error: unterminated list (missing "]")');
      items.push(this.atom(t, key));
      this.skipNewlines();
      t = this.next();
      if (t.kind === ']') return { kind: 'list', items, line };
      if (t.kind !== ',') {
        if (t.kind === 'eof') throw new ConfigError(this.file, line, key, 'syntax error: unterminated list (missing "]")');
        throw this.error(t, key, `syntax error: expected "," or "]" in list, got ${describe(t)}`);
      }
    }
  }

  private skipSeparators(): void {
    this.currentKey = null;
    while (this.peek().kind === 'newline' || this.peek().kind === ';') this.pos++;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.pos++;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(key: string | null = this.currentKey): Token {
    const t = this.tokens[this.pos];
    if (t.kind === 'error') throw this.error(t, key, `syntax error: ${t.text}`);
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private error(t: Token, key: string | null, message: string): ConfigError {
    return new ConfigError(this.file, t.line, key, message);
  }
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'newline':
      return 'the end of the line';
    case 'eof':
      return 'the end of the file';
    case 'string':
      return `the string ${JSON.stringify(t.text)}`;
    default:
      return JSON.stringify(t.text);
  }
}
