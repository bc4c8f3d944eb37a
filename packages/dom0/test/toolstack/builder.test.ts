import * as fs from 'node:fs';
import { HVSIM_START_INFO_MAGIC, START_INFO, decodeStruct, readCString } from '@hvsim/abi';
import { StatusCode, pb } from '@hvsim/control';
import { encodeStartInfo, parseDomainConfig, pickSpecialPages } from '../../src';
import { writeElf } from '../../../riscv/test/elf-writer';
import { settle } from '../support/fake-core';
import { ENTRY, GUEST_CODE, GUEST_DATA, Harness, bootHarness, create } from './harness';

const RAM_BASE_GFN = 0x80000;

describe('domain builder', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await bootHarness();
  });
  afterEach(() => h.close());

  it('creates the domain as the config says, never privileged, with a UUID', async () => {
    const domid = await create(h, 'web', 'memory = 8\nmaxmem = 16\nvcpus = 2\nmaxvcpus = 3\ntype = "hvm"', true);
    const d = h.core.domains.get(domid)!;
    expect(d.privileged).toBe(false);
    expect(d.type).toBe(pb.DomainType.DOMAIN_TYPE_HVM);
    expect([d.nrPages, d.maxPages, d.maxVcpus]).toEqual([8 * 256, 16 * 256, 3]);
    expect(d.handle.length).toBe(16);
    expect(d.handle[6] >> 4).toBe(4); // a version-4-shaped UUID
    const info = await h.mgmt.GetDomainInfo({ domain: 'web' });
    expect(info.domain?.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('loads every ELF segment at its physical address', async () => {
    const domid = await create(h, 'web', '', true);
    expect(h.core.readGuest(domid, ENTRY, GUEST_CODE.length)).toEqual(GUEST_CODE);
    expect(h.core.readGuest(domid, ENTRY + 0x10000, GUEST_DATA.length)).toEqual(GUEST_DATA);
    // .bss is not written: fresh frames are already zero.
    expect(h.core.domains.get(domid)!.pages.has(0x10000 / 4096 + 1)).toBe(false);
  });

  it('writes the segments and start_info in one call', async () => {
    const before = h.core.calls.length;
    await create(h, 'web', '', true);
    expect(h.core.calls.slice(before).filter((c) => c === 'WriteGuestMemory')).toHaveLength(1);
  });

  it('puts the special pages at the top of RAM, skipping shared_info, and fills start_info', async () => {
    const domid = await create(h, 'web', 'cmdline = "console=hvc0 loglevel=8"', true);
    const d = h.core.domains.get(domid)!;
    const top = RAM_BASE_GFN + d.nrPages - 1;
    // The fake core put shared_info at top - 1, so: console = top, store = top - 2, start_info = top - 3.
    expect(d.sharedInfoFrame).toBe(top - 1);
    const ctx = d.contexts[0];
    const startInfoGpa = (top - 3) * 4096;
    expect(ctx.pc).toBe(ENTRY);
    expect(ctx.regs![10]).toBe(0);
    expect(ctx.regs![11]).toBe(startInfoGpa);

    const page = h.core.readGuest(domid, startInfoGpa, START_INFO.size);
    expect(readCString(page, START_INFO.f.magic.offset, 32)).toBe(HVSIM_START_INFO_MAGIC);
    const si = decodeStruct(START_INFO, page);
    expect(si.nr_pages).toBe(d.nrPages);
    expect(si.shared_info).toBe(d.sharedInfoFrame * 4096);
    expect(si.flags).toBe(0);
    expect(si.store_mfn).toBe(top - 2);
    expect(si['console.domU.mfn']).toBe(top);
    expect(d.unboundPorts).toEqual([si['console.domU.evtchn'], si.store_evtchn]);
    expect(si.domid).toBe(domid);
    expect(readCString(page, START_INFO.f.cmd_line.offset, 1024)).toBe('console=hvc0 loglevel=8');
    // A PV guest gets the HVM params too: a Xen/Arm guest looks for its rings there.
    expect(Object.fromEntries(d.hvmParams)).toEqual({ 1: top - 2, 2: 2, 17: top, 18: 1 });
  });

  it('announces the rings to an HVM guest through HVM params as well', async () => {
    const domid = await create(h, 'vm', 'type = "hvm"', true);
    const d = h.core.domains.get(domid)!;
    const top = RAM_BASE_GFN + d.nrPages - 1;
    expect(Object.fromEntries(d.hvmParams)).toEqual({ 1: top - 2, 2: 2, 17: top, 18: 1 });
  });

  it('leaves the domain paused with -p, and unpaused otherwise', async () => {
    const a = await create(h, 'a', '', true);
    const b = await create(h, 'b');
    expect(h.core.domains.get(a)!.pauseCount).toBe(1);
    expect(h.core.domains.get(b)!.pauseCount).toBe(0);
  });

  it('applies cpus, cpu_weight and cap', async () => {
    const domid = await create(h, 'w', 'vcpus = 2\ncpus = ["1", "0-1"]\ncpu_weight = 512\ncap = 50', true);
    const d = h.core.domains.get(domid)!;
    expect(d.affinity).toEqual([[1], [0, 1]]);
    expect(d.sched).toEqual({ weight: 512, cap: 50 });
  });

  it('rejects a kernel that is not an ELF, naming it, and leaves nothing behind', async () => {
    fs.writeFileSync(`${h.dir}/bad.elf`, 'not an elf');
    const free = h.core.freePages;
    await expect(create(h, 'bad', 'kernel = "bad.elf"')).rejects.toMatchObject({
      code: StatusCode.STATUS_CODE_EINVAL,
      message: expect.stringMatching(/^kernel: .*bad\.elf: not an ELF file/),
    });
    expect(h.core.freePages).toBe(free);
    expect(h.core.calls).not.toContain('CreateDomain');
  });

  it('rejects a missing kernel with ENOENT', async () => {
    await expect(create(h, 'gone', 'kernel = "nowhere.elf"')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ENOENT, message: expect.stringContaining('nowhere.elf') });
  });

  it('destroys the half-built domain when a segment does not fit in RAM', async () => {
    fs.writeFileSync(`${h.dir}/big.elf`, writeElf(ENTRY, [{ addr: ENTRY, data: new Uint8Array(16), memsz: 4 * 1024 * 1024 }]));
    const free = h.core.freePages;
    await expect(create(h, 'big', 'kernel = "big.elf"\nmemory = 4')).rejects.toMatchObject({
      code: StatusCode.STATUS_CODE_EINVAL,
      message: expect.stringContaining('does not fit in the domain\'s RAM'),
    });
    expect(h.core.calls).toContain('DestroyDomain');
    expect(h.core.freePages).toBe(free);
    expect([...h.core.domains.keys()]).toEqual([0]);
    // The name is free again.
    await create(h, 'big', '');
  });

  it('rejects an entry point outside RAM', async () => {
    fs.writeFileSync(`${h.dir}/low.elf`, writeElf(0x1000, [{ addr: ENTRY, data: new Uint8Array(4) }]));
    await expect(create(h, 'low', 'kernel = "low.elf"')).rejects.toMatchObject({ message: expect.stringContaining('entry point 0x00001000') });
  });

  it('rejects cpus naming a pCPU the host lacks', async () => {
    await expect(create(h, 'c', 'cpus = "0-3"')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL, message: 'cpus: CPU 2 does not exist (the host has 2)' });
  });

  it('passes the core\'s ENOMEM on', async () => {
    await expect(create(h, 'huge', 'memory = 2048')).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ENOMEM });
    await settle();
    expect([...h.core.domains.keys()]).toEqual([0]);
  });
});

describe('special pages and start_info encoding', () => {
  it('picks the top frames and skips the avoided one', () => {
    expect(pickSpecialPages(16, RAM_BASE_GFN + 15, 3)).toEqual([RAM_BASE_GFN + 14, RAM_BASE_GFN + 13, RAM_BASE_GFN + 12]);
    expect(pickSpecialPages(3, 0, 3)).toEqual([RAM_BASE_GFN + 2, RAM_BASE_GFN + 1, RAM_BASE_GFN]);
    expect(() => pickSpecialPages(2, 0, 3)).toThrow(/cannot hold/);
  });

  it('encodes a UTF-8 command line NUL-terminated', () => {
    const { config } = parseDomainConfig('name="a"\nkernel="k"\ncmdline="é ok"\n', 'a.cfg');
    const page = encodeStartInfo(7, config, { startInfoGfn: 1, sharedInfoGfn: 2, consoleGfn: 3, storeGfn: 4, consoleEvtchn: 5, storeEvtchn: 6, entry: 0, nrPages: 9 });
    const off = START_INFO.f.cmd_line.offset;
    expect(Buffer.from(page.subarray(off, off + 7))).toEqual(Buffer.from('é ok\0\0', 'utf8'));
    expect(decodeStruct(START_INFO, page).domid).toBe(7);
  });
});
