import { CommandLog, COMMAND_LOG_KEPT } from '../src/command-log';

describe('CommandLog', () => {
  it('keeps integer arguments as given and other arguments as a snapshot', () => {
    const log = new CommandLog();
    const cfg = { memoryKb: 64, name: 'a' };
    log.record(5, 'writeGuestMemory', [1, 0x8000_0000, 4096]);
    log.record(6, 'createDomain', [cfg]);
    cfg.memoryKb = 128;
    expect(log.records()).toEqual([
      { time: 5, command: 'writeGuestMemory', args: [1, 0x8000_0000, 4096] },
      { time: 6, command: 'createDomain', args: [{ memoryKb: 64, name: 'a' }] },
    ]);
  });

  it('hashes the command and every argument, integers beyond 32 bits included', () => {
    const hash = (command: string, args: unknown[]): number => new CommandLog().record(0, command, args);
    const base = hash('evtchnSend', [1, 3]);
    expect(hash('evtchnSend', [1, 3])).toBe(base);
    expect(hash('evtchnClose', [1, 3])).not.toBe(base);
    expect(hash('evtchnSend', [3, 1])).not.toBe(base);
    expect(hash('evtchnSend', [1, 3, 0])).not.toBe(base);
    expect(hash('addHostWork', [0, 2 ** 40])).not.toBe(hash('addHostWork', [0, 2 ** 41]));
    expect(hash('x', [-1])).not.toBe(hash('x', [0xffff_ffff]));
    expect(hash('x', [1.5])).not.toBe(hash('x', [1]));
    expect(hash('x', [{ a: 1 }])).not.toBe(hash('x', [{ a: 2 }]));
  });

  it('keeps the most recent commands, oldest first', () => {
    const log = new CommandLog();
    for (let i = 0; i < COMMAND_LOG_KEPT + 3; i++) log.record(i, 'pauseDomain', [i]);
    const records = log.records();
    expect(records).toHaveLength(COMMAND_LOG_KEPT);
    expect(records[0].args).toEqual([3]);
    expect(records[records.length - 1].args).toEqual([COMMAND_LOG_KEPT + 2]);
  });
});
