/**
 * The learning switch (network/virtual-switch.ts): learning and forwarding, flooding, ageing in
 * virtual time, per-port counters, drops of malformed frames, and 802.1Q: access ports, trunks,
 * and that a frame never crosses VLANs.
 */
import fc from 'fast-check';
import { Bridges, DEFAULT_AGEING_NS, VirtualSwitch, parseBridgeSpec } from '../../src';
import { BROADCAST, MAC_A, MAC_B, MAC_C, frame, plug, type RecordingPort } from './helpers';

function bridge(options: { vlanAware?: boolean; ageingNs?: number; macTableEntries?: number } = {}): { sw: VirtualSwitch; clock: { t: number } } {
  const clock = { t: 0 };
  return { sw: new VirtualSwitch('xenbr0', { now: () => clock.t, ...options }), clock };
}

describe('learning and forwarding', () => {
  test('an unknown destination is flooded to every other port, a learned one goes to its port alone', () => {
    const { sw } = bridge();
    const [a, b, c] = [plug(sw, 'vif1.0'), plug(sw, 'vif2.0'), plug(sw, 'vif3.0')];
    a.port.send(frame(MAC_B, MAC_A));
    expect([a.got.length, b.got.length, c.got.length]).toEqual([0, 1, 1]);
    b.port.send(frame(MAC_A, MAC_B)); // A was learned on port a
    expect([a.got.length, b.got.length, c.got.length]).toEqual([1, 1, 1]);
    a.port.send(frame(MAC_B, MAC_A)); // and now B on port b
    expect([a.got.length, b.got.length, c.got.length]).toEqual([1, 2, 1]);
    expect(sw.stats).toMatchObject({ flooded: 1, forwarded: 2, filtered: 0, dropped: 0 });
    expect(b.got[1]).toEqual(frame(MAC_B, MAC_A));
  });

  test('broadcast and multicast are flooded even from a known station', () => {
    const { sw } = bridge();
    const [a, b, c] = [plug(sw, 'a'), plug(sw, 'b'), plug(sw, 'c')];
    b.port.send(frame(MAC_A, MAC_B));
    c.port.send(frame(MAC_A, MAC_C));
    a.port.send(frame(BROADCAST, MAC_A));
    a.port.send(frame('01:00:5e:00:00:01', MAC_A));
    expect([a.got.length, b.got.length, c.got.length]).toEqual([2, 3, 3]);
  });

  test('a frame to a station learned on the ingress port is filtered, not sent back', () => {
    const { sw } = bridge();
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    a.port.send(frame(BROADCAST, MAC_A));
    a.port.send(frame(BROADCAST, MAC_C)); // C sits behind port a too
    a.port.send(frame(MAC_C, MAC_A));
    expect(b.got.length).toBe(2);
    expect(sw.stats.filtered).toBe(1);
  });

  test('a station that moves is followed, and an unplugged port\'s stations are forgotten', () => {
    const { sw } = bridge();
    const [a, b, c] = [plug(sw, 'a'), plug(sw, 'b'), plug(sw, 'c')];
    a.port.send(frame(BROADCAST, MAC_A));
    b.port.send(frame(BROADCAST, MAC_A)); // A moved to b
    c.port.send(frame(MAC_A, MAC_C));
    expect([a.got.length, b.got.length]).toEqual([1, 2]);
    b.port.detach();
    b.port.detach(); // idempotent
    expect(sw.macs().map((m) => m.mac)).toEqual([MAC_C]);
    c.port.send(frame(MAC_A, MAC_C));
    expect(a.got.length).toBe(2); // flooded again
    b.port.send(frame(MAC_A, MAC_B)); // a detached port sends nothing
    expect(b.port.counters.dropped).toBe(1);
    expect(a.got.length).toBe(2);
  });

  test('port names are unique; a freed name may be taken again', () => {
    const { sw } = bridge();
    const a = plug(sw, 'vif1.0');
    expect(() => plug(sw, 'vif1.0')).toThrow(/already attached/);
    a.port.detach();
    expect(plug(sw, 'vif1.0').port.name).toBe('vif1.0');
  });

  test('per-port counters: frames and bytes each way', () => {
    const { sw } = bridge();
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    a.port.send(frame(MAC_B, MAC_A, { payload: 100 }));
    a.port.send(frame(MAC_B, MAC_A, { payload: 46 }));
    expect(a.port.counters).toEqual({ rxFrames: 2, rxBytes: 114 + 60, txFrames: 0, txBytes: 0, dropped: 0 });
    expect(b.port.counters).toEqual({ rxFrames: 0, rxBytes: 0, txFrames: 2, txBytes: 114 + 60, dropped: 0 });
  });

  test('a sink that sends from inside its delivery gets its frame switched after the current one', () => {
    const { sw } = bridge();
    const order: string[] = [];
    const a = sw.attach('a', (f) => order.push(`a:${f[5]}`));
    const b = sw.attach('b', (f) => {
      order.push(`b:${f[5]}`);
      if (f[5] === 0x0b) b.send(frame(MAC_A, MAC_B)); // answers at once
    });
    sw.attach('c', (f) => order.push(`c:${f[5]}`));
    a.send(frame(MAC_B, MAC_A));
    expect(order).toEqual([`b:${0x0b}`, `c:${0x0b}`, `a:${0x0a}`]);
  });

  test('a sink that throws costs its own port a drop, not the others their frame', () => {
    const logs: string[] = [];
    const sw = new VirtualSwitch('xenbr0', { now: () => 0, log: (l) => logs.push(l) });
    const a = plug(sw, 'a');
    const bad = sw.attach('bad', () => { throw new Error('ring full'); });
    const c = plug(sw, 'c');
    a.port.send(frame(BROADCAST, MAC_A));
    expect(c.got.length).toBe(1);
    expect(bad.counters.dropped).toBe(1);
    expect(logs[0]).toMatch(/port bad failed to take a frame: ring full/);
  });
});

describe('ageing in virtual time', () => {
  test('a station is forgotten after 300 s without a frame from it, not before', () => {
    const { sw, clock } = bridge();
    expect(DEFAULT_AGEING_NS).toBe(300e9);
    const [a, b, c] = [plug(sw, 'a'), plug(sw, 'b'), plug(sw, 'c')];
    a.port.send(frame(BROADCAST, MAC_A));
    clock.t = 300e9;
    b.port.send(frame(MAC_A, MAC_B));
    expect(c.got.length).toBe(1); // the broadcast only: A still known
    clock.t = 300e9 + 1;
    b.port.send(frame(MAC_A, MAC_B));
    expect(c.got.length).toBe(2); // aged out: flooded
    expect(sw.macs().map((m) => m.mac)).toEqual([MAC_B]);
  });

  test('each frame from a station renews it', () => {
    const { sw, clock } = bridge({ ageingNs: 10e9 });
    const [a, b, c] = [plug(sw, 'a'), plug(sw, 'b'), plug(sw, 'c')];
    for (let t = 0; t <= 50e9; t += 9e9) {
      clock.t = t;
      a.port.send(frame(BROADCAST, MAC_A));
    }
    b.port.send(frame(MAC_A, MAC_B)); // 54 s after A's first frame, 9 s after its last
    expect(a.got.length).toBe(1);
    expect(c.got.length).toBe(6); // A's broadcasts only
  });

  test('a full table learns no more live stations (they are flooded to), and makes room as entries age', () => {
    const { sw, clock } = bridge({ macTableEntries: 4, ageingNs: 1e9 });
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    for (let i = 1; i <= 5; i++) a.port.send(frame(BROADCAST, `00:16:3e:00:01:0${i}`));
    expect(sw.stats.notLearned).toBe(1);
    expect(sw.macs().length).toBe(4);
    b.port.send(frame('00:16:3e:00:01:05', MAC_B)); // not learned: flooded
    expect(a.got.length).toBe(1);
    clock.t = 2e9;
    a.port.send(frame(BROADCAST, '00:16:3e:00:01:05'));
    expect(sw.macs().map((m) => m.mac)).toEqual(['00:16:3e:00:01:05']);
  });

  test('the table agrees with a model under random learning, ageing and unplugging', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ mac: fc.integer({ min: 1, max: 40 }), port: fc.integer({ min: 0, max: 3 }), dt: fc.integer({ min: 0, max: 4 }), unplug: fc.boolean() }), { maxLength: 200 }),
      (steps) => {
        const clock = { t: 0 };
        const sw = new VirtualSwitch('br', { now: () => clock.t, ageingNs: 5, macTableEntries: 16 });
        const ports = [0, 1, 2, 3].map((i) => plug(sw, `p${i}`));
        const model = new Map<number, { port: number; seen: number }>();
        for (const s of steps) {
          clock.t += s.dt;
          for (const [mac, e] of model) if (clock.t - e.seen > 5) model.delete(mac);
          if (s.unplug && s.mac % 7 === 0) {
            ports[s.port].port.detach();
            for (const [mac, e] of model) if (e.port === s.port) model.delete(mac);
            ports[s.port] = plug(sw, `p${s.port}`);
            continue;
          }
          const mac = `00:16:3e:00:00:${s.mac.toString(16).padStart(2, '0')}`;
          ports[s.port].port.send(frame(BROADCAST, mac));
          if (model.has(s.mac) || model.size < 16) model.set(s.mac, { port: s.port, seen: clock.t });
          const got = new Map(sw.macs().map((m) => [parseInt(m.mac.slice(-2), 16), m.portName]));
          expect(got).toEqual(new Map([...model].map(([m, e]) => [m, `p${e.port}`])));
        }
      },
    ));
  });
});

describe('drops', () => {
  test.each([
    ['shorter than a header', new Uint8Array(13)],
    ['a group source address', frame(MAC_B, '01:00:5e:00:00:01')],
    ['an all-zero source', frame(MAC_B, '00:00:00:00:00:00')],
    ['longer than 1514 bytes untagged', frame(MAC_B, MAC_A, { payload: 1501 })],
    ['longer than 1518 bytes tagged', frame(MAC_B, MAC_A, { vid: 5, payload: 1501 })],
  ])('%s: dropped and counted at the port', (_why, f) => {
    const { sw } = bridge();
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    a.port.send(f);
    expect(b.got.length).toBe(0);
    expect(a.port.counters).toMatchObject({ rxFrames: 1, dropped: 1 });
    expect(sw.stats.dropped).toBe(1);
    expect(sw.macs()).toEqual([]);
  });

  test('the largest frames pass: 1514 bytes untagged, 1518 tagged', () => {
    const { sw } = bridge();
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    a.port.send(frame(MAC_B, MAC_A, { payload: 1500 }));
    a.port.send(frame(MAC_B, MAC_A, { vid: 5, payload: 1500 }));
    expect(b.got.map((f) => f.length)).toEqual([1514, 1518]);
  });

  test('random bytes never throw, and every frame is either dropped or delivered', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 1600 }), { maxLength: 30 }), fc.boolean(), (frames, vlanAware) => {
      const sw = new VirtualSwitch('br', { now: () => 0, vlanAware });
      const a = plug(sw, 'a', vlanAware ? { trunk: true } : {});
      const b = plug(sw, 'b', vlanAware ? { vlan: 7 } : {});
      for (const f of frames) a.port.send(f);
      expect(a.port.counters.rxFrames).toBe(frames.length);
      expect(b.got.length + a.port.counters.dropped + sw.stats.filtered).toBe(frames.length - (vlanAware ? countOtherVlans(frames) : 0));
    }));
  });
});

/** Frames of a vlan-aware trunk that are valid but belong to a VLAN other than 7 (untagged: VLAN 1). */
function countOtherVlans(frames: Uint8Array[]): number {
  return frames.filter((f) => {
    if (f.length < 14 || (f[6] & 1) !== 0 || f.subarray(6, 12).every((x) => x === 0)) return false;
    const tagged = f.length >= 18 && f[12] === 0x81 && f[13] === 0;
    if (f.length > (tagged ? 1518 : 1514)) return false;
    const vid = tagged ? ((f[14] << 8) | f[15]) & 0xfff : 1;
    return vid !== 4095 && (vid === 0 ? 1 : vid) !== 7;
  }).length;
}

describe('802.1Q on a vlan-aware bridge', () => {
  test('access ports: a frame reaches only ports of its VLAN, untagged', () => {
    const { sw } = bridge({ vlanAware: true });
    const a10 = plug(sw, 'a10', { vlan: 10 });
    const b10 = plug(sw, 'b10', { vlan: 10 });
    const c20 = plug(sw, 'c20', { vlan: 20 });
    const d1 = plug(sw, 'd1'); // VLAN 1 by default
    a10.port.send(frame(BROADCAST, MAC_A));
    expect([b10.got.length, c20.got.length, d1.got.length]).toEqual([1, 0, 0]);
    expect(b10.got[0]).toEqual(frame(BROADCAST, MAC_A));
  });

  test('the same MAC in two VLANs is two stations', () => {
    const { sw } = bridge({ vlanAware: true });
    const a10 = plug(sw, 'a10', { vlan: 10 });
    const a20 = plug(sw, 'a20', { vlan: 20 });
    const b10 = plug(sw, 'b10', { vlan: 10 });
    const b20 = plug(sw, 'b20', { vlan: 20 });
    a10.port.send(frame(BROADCAST, MAC_A));
    a20.port.send(frame(BROADCAST, MAC_A));
    b10.port.send(frame(MAC_A, MAC_B));
    b20.port.send(frame(MAC_A, MAC_B));
    expect([a10.got, a20.got]).toEqual([[frame(MAC_A, MAC_B)], [frame(MAC_A, MAC_B)]]);
    expect([b10.got.length, b20.got.length]).toEqual([1, 1]); // the broadcasts, each in its VLAN
    expect(sw.macs().filter((m) => m.mac === MAC_A).map((m) => [m.vlan, m.portName]).sort()).toEqual([[10, 'a10'], [20, 'a20']]);
  });

  test('a trunk carries VLANs tagged and the native VLAN 1 untagged', () => {
    const { sw } = bridge({ vlanAware: true });
    const trunk = plug(sw, 'uplink', { trunk: true });
    const a10 = plug(sw, 'a10', { vlan: 10 });
    const d1 = plug(sw, 'd1');
    a10.port.send(frame(BROADCAST, MAC_A));
    d1.port.send(frame(BROADCAST, MAC_C));
    expect(trunk.got).toEqual([frame(BROADCAST, MAC_A, { vid: 10 }), frame(BROADCAST, MAC_C)]);
    trunk.port.send(frame(MAC_A, MAC_B, { vid: 10, pcp: 5 }));
    expect(a10.got).toEqual([frame(MAC_A, MAC_B)]);
    trunk.port.send(frame(BROADCAST, MAC_B)); // untagged on the trunk: VLAN 1
    expect(d1.got).toEqual([frame(BROADCAST, MAC_B)]);
    expect(a10.got.length).toBe(1);
  });

  test('a priority-tagged frame (VID 0) belongs to the port\'s VLAN and keeps its priority on a trunk', () => {
    const { sw } = bridge({ vlanAware: true });
    const trunk = plug(sw, 'uplink', { trunk: true });
    const a10 = plug(sw, 'a10', { vlan: 10 });
    const b10 = plug(sw, 'b10', { vlan: 10 });
    a10.port.send(frame(BROADCAST, MAC_A, { vid: 0, pcp: 3 }));
    expect(b10.got).toEqual([frame(BROADCAST, MAC_A)]);
    expect(trunk.got).toEqual([frame(BROADCAST, MAC_A, { vid: 10, pcp: 3 })]);
  });

  test('an access port drops frames tagged for another VLAN; VID 4095 is dropped everywhere', () => {
    const { sw } = bridge({ vlanAware: true });
    const a10 = plug(sw, 'a10', { vlan: 10 });
    const b20 = plug(sw, 'b20', { vlan: 20 });
    const trunk = plug(sw, 'uplink', { trunk: true });
    a10.port.send(frame(BROADCAST, MAC_A, { vid: 20 }));
    trunk.port.send(frame(BROADCAST, MAC_B, { vid: 4095 }));
    expect([b20.got.length, a10.port.counters.dropped, trunk.port.counters.dropped]).toEqual([0, 1, 1]);
    a10.port.send(frame(BROADCAST, MAC_A, { vid: 10 })); // its own VLAN, tagged: accepted
    expect(trunk.got.length).toBe(1);
  });

  test('no frame ever crosses VLANs (random traffic between access ports and a trunk)', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ from: fc.integer({ min: 0, max: 4 }), dst: fc.integer({ min: 0, max: 6 }), vid: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) }), { maxLength: 60 }),
      (steps) => {
        const sw = new VirtualSwitch('br', { now: () => 0, vlanAware: true });
        const vlans = [2, 2, 3, 3];
        // The payload's first byte names the VLAN the frame was sent in.
        const seen: Array<RecordingPort & { vlan: number }> = vlans.map((vlan, i) => ({ vlan, ...plug(sw, `p${i}`, { vlan }) }));
        const trunk = plug(sw, 'trunk', { trunk: true });
        for (const s of steps) {
          const src = `00:16:3e:00:00:${(s.from + 1).toString(16).padStart(2, '0')}`;
          const dst = s.dst === 6 ? BROADCAST : `00:16:3e:00:00:${(s.dst + 1).toString(16).padStart(2, '0')}`;
          const f = frame(dst, src, s.from === 4 ? { vid: s.vid } : {});
          const vlan = s.from === 4 ? (s.vid === undefined || s.vid === 0 ? 1 : s.vid) : vlans[s.from];
          f[f.length - 1] = vlan;
          (s.from === 4 ? trunk : seen[s.from]).port.send(f);
        }
        for (const p of seen) for (const f of p.got) {
          expect(f[f.length - 1]).toBe(p.vlan);
          expect(f[12] === 0x81 && f[13] === 0).toBe(false); // access ports get untagged frames
        }
        for (const f of trunk.got) {
          const tagged = f[12] === 0x81 && f[13] === 0;
          expect(tagged ? f[15] : 1).toBe(f[f.length - 1]);
        }
      },
    ));
  });

  test('vlan= needs a vlan-aware bridge and a VID 1..4094', () => {
    expect(() => plug(bridge().sw, 'a', { vlan: 10 })).toThrow(/not vlan-aware/);
    const { sw } = bridge({ vlanAware: true });
    expect(() => plug(sw, 'a', { vlan: 0 })).toThrow(/1\.\.4094/);
    expect(() => plug(sw, 'a', { vlan: 4095 })).toThrow(/1\.\.4094/);
    expect(() => plug(sw, 'a', { vlan: 10, trunk: true })).toThrow(/trunk/);
  });

  test('a bridge that is not vlan-aware forwards tagged frames as they are', () => {
    const { sw } = bridge();
    const [a, b] = [plug(sw, 'a'), plug(sw, 'b')];
    a.port.send(frame(BROADCAST, MAC_A, { vid: 10 }));
    expect(b.got).toEqual([frame(BROADCAST, MAC_A, { vid: 10 })]);
  });
});

describe('capture taps', () => {
  test('a tap sees each accepted frame once with its virtual time; on a vlan-aware bridge tagged with its VLAN', () => {
    const { sw, clock } = bridge({ vlanAware: true });
    const a = plug(sw, 'a', { vlan: 10 });
    plug(sw, 'b', { vlan: 10 });
    const seen: Array<[number, Uint8Array]> = [];
    const stop = sw.capture((f, t) => seen.push([t, f.slice()]));
    clock.t = 1234;
    a.port.send(frame(BROADCAST, MAC_A));
    a.port.send(new Uint8Array(5)); // dropped: not seen
    stop();
    a.port.send(frame(BROADCAST, MAC_A));
    expect(seen).toEqual([[1234, frame(BROADCAST, MAC_A, { vid: 10 })]]);
  });
});

describe('bridge declarations', () => {
  test('names, vlan-aware and ageing', () => {
    expect(parseBridgeSpec('xenbr0')).toEqual({ name: 'xenbr0', vlanAware: false, ageingNs: 300e9 });
    expect(parseBridgeSpec(' xenbr1  vlan-aware ageing=30 ')).toEqual({ name: 'xenbr1', vlanAware: true, ageingNs: 30e9 });
    for (const bad of ['', 'a/b', 'averyveryverylongname', 'br0 vlan', 'br0 ageing=0', 'br0 ageing=x', '..']) expect(() => parseBridgeSpec(bad)).toThrow();
  });

  test('a directory of bridges; a name declared twice is refused', () => {
    const bridges = new Bridges([parseBridgeSpec('xenbr0'), parseBridgeSpec('xenbr1 vlan-aware')], () => 0);
    expect(bridges.names()).toEqual(['xenbr0', 'xenbr1']);
    expect(bridges.get('xenbr1')?.vlanAware).toBe(true);
    expect(bridges.get('xenbr2')).toBeUndefined();
    expect(() => new Bridges([parseBridgeSpec('xenbr0'), parseBridgeSpec('xenbr0')], () => 0)).toThrow(/twice/);
  });
});
