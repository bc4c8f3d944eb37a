import { VIRQ_TIMER } from '@hvsim/abi';
import { EventChannels } from '../src/evtchn/event-channels';
import { DATA, UPCALL_SHARED, addGuest, jal, machine, u32, upcallCounter, wfi } from './guest';

describe('event-channel table', () => {
  test('allocates the lowest free port, also after ports close and the table grows', () => {
    const ec = new EventChannels(1);
    const take = (): number => {
      const port = ec.allocate();
      ec.bindUnbound(port, 0);
      return port;
    };
    const first = Array.from({ length: 100 }, take); // the table grows several times
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

  test('a table holds nothing until its first port, and no VIRQ table until its first VIRQ', () => {
    const ec = new EventChannels(2);
    expect(ec.capacity).toBe(0);
    expect(ec.isValid(1)).toBe(false);
    expect(ec.openPorts()).toEqual([]);
    expect(ec.virqPort(1, VIRQ_TIMER)).toBe(0);
    expect(ec.reserve(0)).toBe(false);
    const port = ec.allocate();
    expect(port).toBe(1);
    expect(ec.capacity).toBeGreaterThan(1);
    ec.bindVirq(port, VIRQ_TIMER, 1);
    expect(ec.virqPort(1, VIRQ_TIMER)).toBe(port);
    expect(ec.virqPort(0, VIRQ_TIMER)).toBe(0);
    expect(ec.openPorts()).toEqual([port]);
    ec.free(port);
    expect(ec.virqPort(1, VIRQ_TIMER)).toBe(0);
    expect(ec.isValid(port)).toBe(false);
    const far = new EventChannels(1);
    expect(far.reserve(3000)).toBe(true);
    expect(far.capacity).toBeGreaterThan(3000);
    expect(far.allocate()).toBe(1);
  });
});

describe('upcall delivery', () => {
  test('one event enters the upcall once: SEIP drops as soon as the guest acks it', () => {
    const hv = machine({ pcpus: 1 });
    const guest = addGuest(hv, upcallCounter(), { run: false });
    hv.setSharedInfo(guest, UPCALL_SHARED);
    const peer = addGuest(hv, [wfi(), jal(0, -4)]);
    const port = hv.evtchnAllocUnbound(guest, peer);
    const peerPort = hv.evtchnBindInterdomain(peer, guest, port);
    hv.unpauseDomain(guest);
    hv.runFor(1_000_000);
    expect(u32(hv, guest, DATA)).toBe(0);
    hv.evtchnSend(peer, peerPort);
    hv.runFor(10_000_000);
    expect(u32(hv, guest, DATA)).toBe(1);
  });
});
