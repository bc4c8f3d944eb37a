import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConsoleBackend } from '../../src';

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

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
