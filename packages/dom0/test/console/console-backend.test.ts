import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ByteRing, ConsoleBackend } from '../../src';

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('ByteRing', () => {
  it('keeps everything while it fits', () => {
    const r = new ByteRing(8);
    r.append(bytes('abc'));
    r.append(bytes('de'));
    expect(text(r.readFrom(0).data)).toBe('abcde');
    expect(r.readFrom(3)).toEqual({ data: bytes('de'), lost: 0 });
    expect([r.start, r.end]).toEqual([0, 5]);
  });

  it('keeps the last capacity bytes across the wrap and reports what a reader lost', () => {
    const r = new ByteRing(8);
    r.append(bytes('abcdef'));
    r.append(bytes('ghijk'));
    expect(text(r.readFrom(0).data)).toBe('defghijk');
    expect(r.readFrom(0).lost).toBe(3);
    expect(text(r.readFrom(9).data)).toBe('jk');
    expect(r.readFrom(11).data.length).toBe(0);
    expect(r.readFrom(50).data.length).toBe(0);
  });

  it('keeps the tail of an input larger than the ring', () => {
    const r = new ByteRing(4);
    r.append(bytes('x'));
    r.append(bytes('0123456789'));
    expect(text(r.readFrom(0).data)).toBe('6789');
    expect(r.end).toBe(11);
    expect(r.readFrom(0).lost).toBe(7);
  });

  it('rejects a useless capacity', () => {
    expect(() => new ByteRing(0)).toThrow(RangeError);
  });

  it('agrees with a plain model of "the last capacity bytes" while it grows and wraps', () => {
    let seed = 777;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (const capacity of [1000, 300]) {
      const r = new ByteRing(capacity);
      let all = '';
      for (let step = 0; step < 300; step++) {
        const len = step % 40 === 39 ? capacity + next(200) : next(150);
        let s = '';
        for (let i = 0; i < len; i++) s += String.fromCharCode(97 + next(26));
        r.append(bytes(s));
        all += s;
        const offset = next(all.length + 5);
        const start = Math.max(0, all.length - capacity);
        const got = r.readFrom(offset);
        expect(text(got.data)).toBe(all.slice(Math.min(Math.max(offset, start), all.length)));
        expect(got.lost).toBe(Math.max(0, start - offset));
        expect(r.end).toBe(all.length);
      }
    }
  });
});

describe('ConsoleBackend', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-console-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('buffers output in a bounded history and appends it to guest-NAME.log', () => {
    const c = new ConsoleBackend({ logDir: path.join(dir, 'logs'), historyBytes: 16 });
    c.open(3, 'web');
    c.append(3, bytes('hello, '));
    c.append(3, bytes('world and more text\n'));
    expect(text(c.history(3))).toBe('d and more text\n');
    c.close(3);
    expect(fs.readFileSync(path.join(dir, 'logs', 'guest-web.log'), 'utf8')).toBe('hello, world and more text\n');
  });

  it('streams history then new output to followers, and ends them when the domain goes', () => {
    const c = new ConsoleBackend();
    c.open(1, 'a');
    c.append(1, bytes('old '));
    const got: string[] = [];
    let ended = 0;
    c.subscribe(1, { history: true, follow: true }, { data: (b) => got.push(text(b)), end: () => ended++ });
    const newOnly: string[] = [];
    c.subscribe(1, { history: false, follow: true }, { data: (b) => newOnly.push(text(b)), end: () => ended++ });
    c.append(1, bytes('new'));
    expect(got).toEqual(['old ', 'new']);
    expect(newOnly).toEqual(['new']);
    c.close(1);
    expect(ended).toBe(2);
    expect(c.has(1)).toBe(false);
  });

  it('ends a non-follow reader right after the history, and stops a cancelled follower', () => {
    const c = new ConsoleBackend();
    c.open(1, 'a');
    c.append(1, bytes('x'));
    const events: string[] = [];
    c.subscribe(1, { history: true, follow: false }, { data: (b) => events.push(text(b)), end: () => events.push('end') });
    expect(events).toEqual(['x', 'end']);
    const sub = c.subscribe(1, { history: false, follow: true }, { data: (b) => events.push(text(b)), end: () => events.push('end2') });
    sub.cancel();
    c.append(1, bytes('y'));
    c.close(1);
    expect(events).toEqual(['x', 'end']);
  });

  it('moves the log to the new name on rename', () => {
    const c = new ConsoleBackend({ logDir: dir });
    c.open(2, 'old');
    c.append(2, bytes('1'));
    c.rename(2, 'new');
    c.append(2, bytes('2'));
    c.close(2);
    expect(fs.readFileSync(path.join(dir, 'guest-old.log'), 'utf8')).toBe('1');
    expect(fs.readFileSync(path.join(dir, 'guest-new.log'), 'utf8')).toBe('2');
  });

  it('queues input up to its bound and hands it out in order', () => {
    const c = new ConsoleBackend({ inputQueueBytes: 5 });
    c.open(1, 'a');
    let kicks = 0;
    c.setInputConsumer(1, () => kicks++);
    expect(c.queueInput(1, bytes('abc'))).toBe(3);
    expect(c.queueInput(1, bytes('defg'))).toBe(2);
    expect(c.queueInput(1, bytes('h'))).toBe(0);
    expect(kicks).toBe(2);
    expect(text(c.takeInput(1, 4))).toBe('abcd');
    expect(c.pendingInput(1)).toBe(1);
    expect(text(c.takeInput(1, 10))).toBe('e');
    expect(c.takeInput(1, 10).length).toBe(0);
  });

  it('refuses to open a console twice and to use one that is not open', () => {
    const c = new ConsoleBackend();
    c.open(1, 'a');
    expect(() => c.open(1, 'a')).toThrow(/already open/);
    expect(() => c.append(9, bytes('x'))).toThrow(/no console/);
    c.close(9); // closing an unknown console is harmless
  });
});
