import { ConsoleJournal } from '../src/domain/console-journal';

// The history itself (reads by index, wrap-around, growth) is abi's ByteHistory, tested there.
describe('ConsoleJournal', () => {
  it('hands out new bytes once (takeNew, markTaken) and says when a byte arrives after them', () => {
    const j = new ConsoleJournal(8);
    let unread = 0;
    j.onUnread = () => unread++;
    j.push(0x61);
    j.append(Buffer.from('bc'));
    expect(unread).toBe(1);
    expect(j.hasNew).toBe(true);
    expect(Buffer.from(j.takeNew()).toString()).toBe('abc');
    expect(j.hasNew).toBe(false);
    expect(j.takeNew()).toHaveLength(0);
    j.append(Buffer.from('0123456789'));
    expect(unread).toBe(2);
    // Only what is still kept comes out; the history reader sees the same bytes.
    expect(Buffer.from(j.takeNew()).toString()).toBe('23456789');
    j.push(0x7a);
    j.markTaken();
    expect(j.hasNew).toBe(false);
    expect(Buffer.from(j.read(12, 10).data).toString()).toBe('9z');
    expect(unread).toBe(3);
  });

  it('says when a pushed byte arrives with nothing untaken before it, once', () => {
    const j = new ConsoleJournal(4);
    let unread = 0;
    j.onUnread = () => unread++;
    for (const b of Buffer.from('abcdef')) j.push(b);
    expect(unread).toBe(1);
    expect(Buffer.from(j.takeNew()).toString()).toBe('cdef');
    j.append(new Uint8Array(0));
    expect(unread).toBe(1);
  });
});
