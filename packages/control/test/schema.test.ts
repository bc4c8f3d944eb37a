import {
  DomctlService, ManagementService, RpcError, StatusCode, pb, statusCodeFromXenErrno, statusCodeName,
} from '@hvsim/control';

describe('generated messages', () => {
  it('round-trip, with 64-bit fields as plain numbers', () => {
    const info = { domid: 3, totPages: 2 ** 40 + 5, cpuTimeNs: 123_456_789_012, paused: true,
      shutdownReason: pb.ShutdownReason.SHUTDOWN_REASON_CRASH, handle: Uint8Array.from({ length: 16 }, (_, i) => i) };
    const decoded = pb.DomainInfo.decode(pb.DomainInfo.encode(info).finish());
    expect(typeof decoded.totPages).toBe('number');
    expect([decoded.domid, decoded.totPages, decoded.cpuTimeNs, decoded.paused, decoded.running])
      .toEqual([3, 2 ** 40 + 5, 123_456_789_012, true, false]);
    expect(decoded.shutdownReason).toBe(pb.ShutdownReason.SHUTDOWN_REASON_CRASH);
    expect(Array.from(decoded.handle)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it('keeps proto3 optional presence (only the fields given change)', () => {
    const decoded = pb.SchedCreditSetRequest.decode(pb.SchedCreditSetRequest.encode({ domain: 'web', cap: 0 }).finish());
    expect([decoded.weight, decoded.cap]).toEqual([null, 0]);
  });

  it('decode strings short and long, ASCII or not, and refuse invalid UTF-8', () => {
    for (const name of ['', 'web', 'dömain-ü', 'x'.repeat(63), 'y'.repeat(64), `${'z'.repeat(70)}é`]) {
      expect(pb.DomainIdRequest.decode(pb.DomainIdRequest.encode({ name }).finish()).name).toBe(name);
    }
    // name = 0x41 0xff (a byte that never starts UTF-8), short and long.
    expect(() => pb.DomainIdRequest.decode(Uint8Array.from([0x0a, 0x02, 0x41, 0xff]))).toThrow();
    expect(() => pb.DomainIdRequest.decode(Uint8Array.from([0x0a, 0x50, ...new Array(79).fill(0x41), 0xff]))).toThrow();
  });

  it('skips fields it does not know (a newer peer) instead of failing', () => {
    // DomainIdResponse { domid = 5 } plus an unknown field 99 (varint 1).
    const bytes = Uint8Array.from([0x08, 0x05, 0x98, 0x06, 0x01]);
    expect(pb.DomainIdResponse.decode(bytes).domid).toBe(5);
  });
});

describe('services', () => {
  it('name every method by its full path, with its kind', () => {
    expect(ManagementService.ListDomains.path).toBe('hvsim.control.v1.ManagementService/ListDomains');
    expect(ManagementService.ListDomains.kind).toBe('unary');
    expect(ManagementService.ConsoleStream.kind).toBe('server-stream');
    expect(ManagementService.Events.kind).toBe('server-stream');
    expect(DomctlService.WatchEvents.kind).toBe('server-stream');
    expect(DomctlService.CreateDomain.path).toBe('hvsim.control.v1.DomctlService/CreateDomain');
    expect(DomctlService.CreateDomain.request).toBe(pb.DomctlServiceCreateDomainRequest);
  });

  it('have the methods dom0 and the CLI need', () => {
    expect(Object.keys(ManagementService)).toEqual([
      'CreateDomain', 'ListDomains', 'GetDomainInfo', 'PauseDomain', 'UnpauseDomain', 'ShutdownDomain', 'RebootDomain',
      'DestroyDomain', 'RenameDomain', 'ConsoleStream', 'ConsoleWrite', 'Dmesg', 'VcpuList', 'VcpuPin', 'SchedCreditGet',
      'SchedCreditSet', 'MemSet', 'MemMax', 'Save', 'Restore', 'Migrate', 'Events', 'Physinfo', 'DomainId', 'DomainName',
      'Halt', 'Info', 'DiskCreate', 'BlockAttach', 'BlockDetach', 'BlockList', 'MigrateWithProgress', 'MigrateReceive', 'MigrateChunk',
      'NetworkAttach', 'NetworkDetach', 'NetworkList', 'NetCapture', 'BridgeList',
    ]);
    expect(Object.keys(DomctlService)).toEqual([
      'CreateDomain', 'DestroyDomain', 'PauseDomain', 'UnpauseDomain', 'ShutdownDomain', 'GetDomainInfo', 'ListDomains',
      'SetMaxMem', 'SetMemoryTarget', 'SetVcpuAffinity', 'GetVcpuInfo', 'SchedCreditGet', 'SchedCreditSet',
      'WriteGuestMemory', 'ReadGuestMemory', 'GrantCopyFromGuest', 'GrantCopyToGuest', 'SetVcpuContext', 'GetVcpuContext', 'SetHvmParam', 'GetHvmParam',
      'EvtchnAllocUnbound', 'EvtchnBindInterdomain', 'EvtchnSend', 'EvtchnClose', 'EvtchnList', 'EvtchnRestore', 'ConsoleRead', 'Physinfo', 'GetVersion',
      'WatchEvents', 'GetGrantTable', 'SetGrantTable', 'ShadowOp', 'ReadGuestPages', 'GetEvtchnFifo', 'SetEvtchnFifo', 'GrantCopy',
    ]);
  });
});

describe('status codes', () => {
  it("carry Xen's errno numbers", () => {
    expect(StatusCode.STATUS_CODE_EPERM).toBe(1);
    expect(StatusCode.STATUS_CODE_ESRCH).toBe(3);
    expect(StatusCode.STATUS_CODE_ENOMEM).toBe(12);
    expect(StatusCode.STATUS_CODE_EINVAL).toBe(22);
    expect(StatusCode.STATUS_CODE_ENOSYS).toBe(38);
    expect(StatusCode.STATUS_CODE_EMSGSIZE).toBe(90);
    expect(StatusCode.STATUS_CODE_ECONNREFUSED).toBe(111);
  });

  it('map a core result of -errno to its code, and anything unknown to EINVAL', () => {
    expect(statusCodeFromXenErrno(-3)).toBe(StatusCode.STATUS_CODE_ESRCH);
    expect(statusCodeFromXenErrno(12)).toBe(StatusCode.STATUS_CODE_ENOMEM);
    expect(statusCodeFromXenErrno(-4)).toBe(StatusCode.STATUS_CODE_EINVAL); // EINTR is internal to Xen
    expect(statusCodeFromXenErrno(-1000)).toBe(StatusCode.STATUS_CODE_EINVAL);
  });

  it('have short names', () => {
    expect(statusCodeName(StatusCode.STATUS_CODE_OK)).toBe('OK');
    expect(statusCodeName(StatusCode.STATUS_CODE_E2BIG)).toBe('E2BIG');
    expect(statusCodeName(4242)).toBe('code 4242');
    const err = RpcError.fromStatus({ code: StatusCode.STATUS_CODE_EEXIST });
    expect([err.codeName, err.message]).toEqual(['EEXIST', 'EEXIST']);
  });
});
