import { EventChannels } from '../src/evtchn/event-channels';

describe('event-channel table', () => {
  test('allocates the lowest free port, also after ports close and the table grows', () => {
    const ec = new EventChannels(1);
    const take = (): number => {
      const port = ec.allocate();
      ec.bindUnbound(port, 0);
      return port;
    };
    const first = Array.from({ length: 100 }, take); // past the initial 64 ports
    expect(first).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    ec.free(70);
    ec.free(5);
    expect(take()).toBe(5);
    expect(take()).toBe(70);
    expect(take()).toBe(101);
    // A port handed out but never bound stays the lowest free one.
    expect(ec.allocate()).toBe(102);
    expect(ec.allocate()).toBe(102);
  });
});
