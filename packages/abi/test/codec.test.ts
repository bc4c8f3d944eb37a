import {
  BAD_GUEST_HANDLE, decodeStruct, encodeStruct, EVTCHN_STATUS, EVTCHNSTAT_interdomain, GNTTAB_COPY,
  readCString, readField, readGuestHandle, readI64, readU16, readU32, readU64, readU64Hi, SCHED_POLL, SHARED_INFO,
  START_INFO, VCPU_INFO, VCPU_SET_SINGLESHOT_TIMER, writeCString, writeField, writeU32, writeU64, XSD_SOCKMSG,
} from '../src';
import type { StructLayout } from '../src';

describe('little-endian accessors', () => {
  test('read what they write, at any offset', () => {
    const b = new Uint8Array(32);
    writeU32(b, 3, 0xdeadbeef);
    expect(readU32(b, 3)).toBe(0xdeadbeef);
    expect([b[3], b[4], b[5], b[6]]).toEqual([0xef, 0xbe, 0xad, 0xde]);
    expect(readU16(b, 3)).toBe(0xbeef);
    writeU64(b, 8, 2 ** 40 + 5);
    expect(readU64(b, 8)).toBe(2 ** 40 + 5);
    expect(readU64Hi(b, 8)).toBe(2 ** 8);
    writeU64(b, 16, -2);
    expect(readI64(b, 16)).toBe(-2);
    expect(readU32(b, 20)).toBe(0xffffffff);
  });

  test('a 64-bit value beyond 2^53 keeps its order', () => {
    const b = new Uint8Array(8).fill(0xff);
    expect(readU64(b, 0)).toBeGreaterThan(2 ** 63);
  });

  test('guest handles with a non-zero upper half are refused', () => {
    const b = new Uint8Array(8);
    writeU32(b, 0, 0x80001000);
    expect(readGuestHandle(b, 0)).toBe(0x80001000);
    writeU32(b, 4, 1);
    expect(readGuestHandle(b, 0)).toBe(BAD_GUEST_HANDLE);
  });

  test('C strings stop at NUL or the field end, and refuse to overflow', () => {
    const b = new Uint8Array(8);
    expect(writeCString(b, 0, 8, 'hvsim')).toBe(true);
    expect(readCString(b, 0, 8)).toBe('hvsim');
    expect(writeCString(b, 0, 8, '12345678')).toBe(false);
    expect(readCString(b, 0, 8)).toBe('hvsim');
    b.fill(0x41);
    expect(readCString(b, 0, 4)).toBe('AAAA');
    expect(readCString(b, 6, 100)).toBe('AA');
  });
});

describe('struct codecs', () => {
  test('sched_poll: handle, count and 64-bit timeout at Arm offsets', () => {
    const b = new Uint8Array(SCHED_POLL.size + 4);
    encodeStruct(SCHED_POLL, { ports: 0x80002000, nr_ports: 3, timeout: 1_500_000_000_123 }, b, 4);
    expect(readU32(b, 4 + 0)).toBe(0x80002000);
    expect(readU32(b, 4 + 8)).toBe(3);
    expect(readU64(b, 4 + 16)).toBe(1_500_000_000_123);
    expect(decodeStruct(SCHED_POLL, b, 4)).toEqual({ ports: 0x80002000, nr_ports: 3, timeout: 1_500_000_000_123 });
    writeU32(b, 4 + 4, 0xffffffff);
    expect(decodeStruct(SCHED_POLL, b, 4).ports).toBe(BAD_GUEST_HANDLE);
  });

  test('evtchn_status: union members overlap', () => {
    const b = new Uint8Array(EVTCHN_STATUS.size);
    encodeStruct(EVTCHN_STATUS, { dom: 0x7ff0, port: 5, status: EVTCHNSTAT_interdomain, vcpu: 0, 'u.interdomain.dom': 3, 'u.interdomain.port': 9 }, b);
    const v = decodeStruct(EVTCHN_STATUS, b);
    expect(v['u.interdomain.port']).toBe(9);
    expect(v['u.unbound.dom']).toBe(3);
    expect(v['u.virq']).toBe(3);
    expect(EVTCHN_STATUS.f['u.interdomain.port'].offset).toBe(20);
  });

  test('signed and narrow members truncate and sign-extend', () => {
    const b = new Uint8Array(GNTTAB_COPY.size);
    encodeStruct(GNTTAB_COPY, { 'source.u.gmfn': 0x12345, 'dest.u.ref': 7, 'dest.domid': 0x1_0001, len: 4096, status: -10 }, b);
    const v = decodeStruct(GNTTAB_COPY, b);
    expect(v.status).toBe(-10);
    expect(v['dest.domid']).toBe(1);
    expect(v['source.u.gmfn']).toBe(0x12345);
    expect(v['dest.u.ref']).toBe(7);
    expect(GNTTAB_COPY.f['dest.offset'].offset).toBe(26);
  });

  test('readField / writeField touch only their member', () => {
    const b = new Uint8Array(VCPU_SET_SINGLESHOT_TIMER.size).fill(0xaa);
    writeField(VCPU_SET_SINGLESHOT_TIMER, 'flags', b, 0, 1);
    expect(readField(VCPU_SET_SINGLESHOT_TIMER, 'flags', b)).toBe(1);
    expect(readU64Hi(b, 0)).toBe(0xaaaaaaaa);
    expect(b[12]).toBe(0xaa); // tail padding untouched
  });

  test('round trip of every scalar member of nested layouts', () => {
    const layouts: StructLayout[] = [VCPU_INFO, START_INFO, XSD_SOCKMSG];
    for (const layout of layouts) {
      const values: Record<string, number> = {};
      layout.scalars.forEach((f, i) => { values[f.path] = (i * 37 + 1) & (f.size === 1 ? 0x7f : 0x7fff); });
      const b = new Uint8Array(layout.size);
      encodeStruct(layout, values, b);
      const back = decodeStruct(layout, b) as Record<string, number>;
      for (const f of layout.scalars) {
        // Union members alias; check those that no later member overwrote.
        const later = layout.scalars.filter((g) => g !== f && g.offset < f.offset + f.size && f.offset < g.offset + g.size
          && layout.scalars.indexOf(g) > layout.scalars.indexOf(f));
        if (later.length === 0) expect([f.path, back[f.path]]).toEqual([f.path, values[f.path]]);
      }
    }
  });

  test('nested paths give absolute offsets', () => {
    expect(VCPU_INFO.f['time.system_time'].offset).toBe(32);
    expect(SHARED_INFO.f.evtchn_pending.offset).toBe(48);
    expect(SHARED_INFO.f.wc_sec_hi.offset).toBe(1084);
    expect(START_INFO.f['console.domU.evtchn'].offset).toBe(72);
    expect(START_INFO.f.cmd_line.offset).toBe(100);
    expect(START_INFO.size % 8).toBe(0);
  });
});
