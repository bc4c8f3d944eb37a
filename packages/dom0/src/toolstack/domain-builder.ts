/**
 * The domain builder (libxenguest's xc_dom_* role): turns a DomainConfig and a kernel image
 * into a paused domain ready to run, entirely through DomctlService:
 *
 * 1. CreateDomain (memory, vCPUs, type; never privileged);
 * 2. load the ELF's PT_LOAD segments into guest RAM (WriteGuestMemory; .bss is already zero:
 *    the core hands out scrubbed frames);
 * 3. pick the special pages from the top of RAM down, as Xen's builder does — console ring,
 *    xenstore ring, start_info — skipping the shared_info frame the core announces in
 *    DomainInfo.shared_info_frame (it may lie in RAM or outside it);
 * 4. event channels for the console and xenstore rings (unbound, for dom0 to bind);
 * 5. write start_info (layout from @hvsim/abi) with the command line;
 * 6. for HVM domains, a flattened device tree (hvm-device-tree.ts) in the pages just below
 *    the special pages, which its reservation block marks as not the kernel's;
 * 7. vCPU0's context: pc = entry, a0 = 0 (vCPU id), a1 = start_info's address (PV) or the
 *    device tree's (HVM, as a RISC-V boot loader hands Linux its DTB); the core starts vCPUs
 *    in S-mode;
 * 8. affinity and credit parameters from the config.
 * The domain is left paused; on any failure it is destroyed again.
 */
import {
  HVM_PARAM_CONSOLE_EVTCHN,
  HVM_PARAM_CONSOLE_PFN,
  HVM_PARAM_STORE_EVTCHN,
  HVM_PARAM_STORE_PFN,
  HVSIM_ABI_VERSION_MAJOR,
  HVSIM_ABI_VERSION_MINOR,
  HVSIM_ELFNOTE_ABI_VERSION,
  HVSIM_ELFNOTE_NAME,
  HVSIM_GUEST_RAM_BASE,
  HVSIM_PAGE_SIZE,
  HVSIM_START_INFO_MAGIC,
  MAX_GUEST_CMDLINE,
  START_INFO,
  encodeStruct,
  writeCString,
} from '@hvsim/abi';
import { RpcError, StatusCode, pb } from '@hvsim/control';
import { PAGE_SHIFT, REG_A0, REG_A1, type ElfImage } from '@hvsim/riscv';
import { affinityOfVcpu, missingCpus, resolveCpuSet } from '../config/cpu-affinity';
import { DomainConfig } from '../config/domain-config';
import { CostMeter } from '../cost-model';
import { Domctl, MAX_WRITE_BYTES, type GuestMemoryWrite } from '../domctl';
import { FdtError } from './fdt';
import { buildHvmDeviceTree } from './hvm-device-tree';
import { ToolstackError } from './toolstack-error';

/** Where the builder put things: what xenstore and the console backend need to connect. */
export interface DomainLayout {
  /** Guest frame numbers (guest-physical address >> 12). */
  startInfoGfn: number;
  sharedInfoGfn: number;
  consoleGfn: number;
  storeGfn: number;
  /** Ports in the new domain, left unbound for dom0. */
  consoleEvtchn: number;
  storeEvtchn: number;
  entry: number;
  nrPages: number;
}

export interface BuiltDomain {
  domid: number;
  layout: DomainLayout;
}

export interface BuildRequest {
  config: DomainConfig;
  /** The parsed kernel (KernelImages); shared with other builds, only read. */
  kernel: ElfImage;
  /** The domid to ask for (0 = let the core choose). */
  domid: number;
  /** pCPUs of the host, to resolve `cpus`. */
  nrCpus: number;
  /** xen_domain_handle_t: the domain's UUID, 16 bytes. */
  handle: Uint8Array;
}

export class DomainBuilder {
  /** `isa`: what the host offers, written into HVM domains' device trees. */
  constructor(private readonly domctl: Domctl, private readonly cost: CostMeter, private readonly isa?: string) {}

  async build(req: BuildRequest): Promise<BuiltDomain> {
    const { config } = req;
    this.cost.charge('domainBuild');
    const image = req.kernel;
    checkAbiVersion(config, image);
    checkAffinity(config, req.nrCpus);
    const nrPages = config.memory * (1024 * 1024 / HVSIM_PAGE_SIZE);

    const domid = await this.createDomain(req);
    try {
      const layout = await this.populate(domid, config, image, nrPages, req.nrCpus);
      return { domid, layout };
    } catch (err) {
      await this.domctl.destroyDomain(domid).catch(() => undefined);
      throw err;
    }
  }

  /** XEN_DOMCTL_createdomain; its ENOMEM said in the units of the config (MiB), not frames. */
  private async createDomain({ config, domid, handle }: BuildRequest): Promise<number> {
    try {
      return await this.domctl.createDomain({
        domid,
        type: config.type === 'hvm' ? pb.DomainType.DOMAIN_TYPE_HVM : pb.DomainType.DOMAIN_TYPE_PV,
        privileged: false,
        maxVcpus: config.maxvcpus,
        memoryKb: config.memory * 1024,
        maxMemoryKb: config.maxmem * 1024,
        handle,
        maxEvtchnPort: config.maxEventChannels,
      });
    } catch (err) {
      if (!(err instanceof RpcError && err.code === StatusCode.STATUS_CODE_ENOMEM)) throw err;
      const freeMiB = Math.floor((Number((await this.domctl.physinfo()).freePages) * HVSIM_PAGE_SIZE) / (1024 * 1024));
      throw new ToolstackError('ENOMEM', `not enough memory: domain needs ${config.memory} MiB, ${freeMiB} MiB free`);
    }
  }

  /** A port of the new domain offered to dom0 for one of its rings; the core's ENOSPC said as the config's bound. */
  private async ringPort(domid: number, config: DomainConfig): Promise<number> {
    try {
      return await this.domctl.evtchnAllocUnbound(domid, 0);
    } catch (err) {
      if (!(err instanceof RpcError && err.code === StatusCode.STATUS_CODE_ENOSPC)) throw err;
      throw new ToolstackError('ENOSPC', `max_event_channels = ${config.maxEventChannels} leaves no port for the console's and xenstore's event channels (ports 1 and 2)`);
    }
  }

  private async populate(domid: number, config: DomainConfig, image: ElfImage, nrPages: number, nrCpus: number): Promise<DomainLayout> {
    const info = await this.domctl.getDomainInfo(domid);
    const sharedInfoGfn = Number(info.sharedInfoFrame);
    if (sharedInfoGfn === 0) {
      // DomctlService has no call to place shared_info; the core (or its DomctlService
      // adapter) must map it at creation and report it in DomainInfo.shared_info_frame.
      throw new ToolstackError('ENOSYS', `domain ${domid}: the core announced no shared_info frame (DomainInfo.shared_info_frame is 0)`);
    }
    const special = pickSpecialPages(nrPages, sharedInfoGfn, 3);
    const [consoleGfn, storeGfn, startInfoGfn] = special;
    const fdt = config.type === 'hvm' ? placeDeviceTree(config, nrPages, special, sharedInfoGfn, this.isa) : null;
    checkSegmentsFit(config, image, fdt === null ? Math.min(...special) : fdt.gpa / HVSIM_PAGE_SIZE);

    const consoleEvtchn = await this.ringPort(domid, config);
    const storeEvtchn = await this.ringPort(domid, config);
    const layout: DomainLayout = { startInfoGfn, sharedInfoGfn, consoleGfn, storeGfn, consoleEvtchn, storeEvtchn, entry: image.entry, nrPages };

    await this.load(domid, [
      ...image.segments.map((seg) => ({ gpa: seg.paddr, data: seg.data })),
      { gpa: gpaOf(startInfoGfn), data: encodeStartInfo(domid, config, layout) },
      ...(fdt === null ? [] : [fdt]),
    ]);
    // Every domain, PV too: a Xen/Arm guest has no start_info and finds its rings here.
    await announceHvmRings(this.domctl, domid, layout);

    // Every vCPU gets the entry point (a0 = its id, a1 = start_info or the device tree);
    // vCPU 0 runs on unpause, the others when the guest brings them up (VCPUOP_up, SBI HSM).
    for (let vcpu = 0; vcpu < config.maxvcpus; vcpu++) {
      const regs = new Array<number>(32).fill(0);
      regs[REG_A0] = vcpu;
      regs[REG_A1] = fdt === null ? gpaOf(startInfoGfn) : fdt.gpa;
      await this.domctl.setVcpuContext(domid, vcpu, { pc: image.entry, regs });
    }

    await this.applyScheduling(domid, config, nrCpus);
    return layout;
  }

  /** Copies ranges into guest RAM, in order, charging per page touched: as few calls as the
   *  bound on a call's bytes allows (a small kernel and its start_info take one). */
  private async load(domid: number, ranges: readonly GuestMemoryWrite[]): Promise<void> {
    let batch: GuestMemoryWrite[] = [];
    let bytes = 0;
    for (const { gpa, data } of ranges) {
      for (let off = 0; off < data.length; off += MAX_WRITE_BYTES) {
        const chunk = data.subarray(off, Math.min(data.length, off + MAX_WRITE_BYTES));
        if (bytes + chunk.length > MAX_WRITE_BYTES) {
          await this.domctl.writeGuestMemoryAll(domid, batch);
          batch = [];
          bytes = 0;
        }
        batch.push({ gpa: gpa + off, data: chunk });
        bytes += chunk.length;
      }
      this.cost.charge('builderPage', pagesSpanned(gpa, data.length));
    }
    await this.domctl.writeGuestMemoryAll(domid, batch);
  }

  private async applyScheduling(domid: number, config: DomainConfig, nrCpus: number): Promise<void> {
    if (config.cpus !== null) {
      for (let vcpu = 0; vcpu < config.maxvcpus; vcpu++) {
        const set = affinityOfVcpu(config.cpus, vcpu);
        if (set !== null) await this.domctl.setVcpuAffinity(domid, vcpu, resolveCpuSet(set, nrCpus));
      }
    }
    if (config.cpuWeight !== null || config.cap !== null) {
      await this.domctl.schedCreditSet(domid, {
        ...(config.cpuWeight !== null ? { weight: config.cpuWeight } : {}),
        ...(config.cap !== null ? { cap: config.cap } : {}),
      });
    }
  }
}

/**
 * A kernel's `.note.hvsim` ABI-version note (the SDK emits one, as Xen kernels carry
 * XEN_ELFNOTE_*): the same major and a minor no newer than ours, or a clear refusal.
 * Kernels without the note are taken as they are.
 */
function checkAbiVersion(config: DomainConfig, image: ElfImage): void {
  const note = image.notes.find((n) => n.name === HVSIM_ELFNOTE_NAME && n.type === HVSIM_ELFNOTE_ABI_VERSION);
  if (note === undefined) return;
  if (note.desc.length !== 4) {
    throw new ToolstackError('EINVAL', `kernel: ${config.kernel}: its hvsim ABI-version note has ${note.desc.length} bytes, expected 4`);
  }
  const wanted = new DataView(note.desc.buffer, note.desc.byteOffset, 4).getUint32(0, true);
  const major = wanted >>> 16;
  const minor = wanted & 0xffff;
  if (major !== HVSIM_ABI_VERSION_MAJOR || minor > HVSIM_ABI_VERSION_MINOR) {
    throw new ToolstackError(
      'EINVAL',
      `kernel: ${config.kernel}: built for hvsim ABI ${major}.${minor}, but this hypervisor offers ${HVSIM_ABI_VERSION_MAJOR}.${HVSIM_ABI_VERSION_MINOR}`,
    );
  }
}

function checkAffinity(config: DomainConfig, nrCpus: number): void {
  for (const set of config.cpus?.sets ?? []) {
    const missing = missingCpus(set, nrCpus);
    if (missing.length > 0) {
      throw new ToolstackError('EINVAL', `cpus: CPU ${missing[0]} does not exist (the host has ${nrCpus})`);
    }
    if (resolveCpuSet(set, nrCpus).length === 0) throw new ToolstackError('EINVAL', 'cpus: the set leaves no CPU to run on');
  }
}

/** The `count` highest RAM frames, top down, skipping `avoid` (the shared_info frame). */
export function pickSpecialPages(nrPages: number, avoid: number, count: number): number[] {
  const firstGfn = HVSIM_GUEST_RAM_BASE >>> PAGE_SHIFT;
  const out: number[] = [];
  for (let gfn = firstGfn + nrPages - 1; out.length < count && gfn >= firstGfn; gfn--) {
    if (gfn !== avoid) out.push(gfn);
  }
  if (out.length < count) throw new ToolstackError('ENOMEM', `memory: ${nrPages} pages cannot hold the ${count} special pages`);
  return out;
}

/**
 * An HVM domain's device tree, in whole pages just below the special pages (so 8-byte aligned
 * and above the kernel, as QEMU puts a DTB at the top of RAM), skipping the shared_info frame
 * if it lies in RAM. Its reservation block keeps the kernel off the special pages.
 */
function placeDeviceTree(config: DomainConfig, nrPages: number, special: readonly number[], sharedInfoGfn: number, isa: string | undefined): GuestMemoryWrite {
  const firstRamGfn = HVSIM_GUEST_RAM_BASE >>> PAGE_SHIFT;
  const inRam = (gfn: number): boolean => gfn >= firstRamGfn && gfn < firstRamGfn + nrPages;
  const reserved = [...special, ...(inRam(sharedInfoGfn) ? [sharedInfoGfn] : [])];
  let blob: Uint8Array;
  try {
    blob = buildHvmDeviceTree({
      memoryBase: HVSIM_GUEST_RAM_BASE,
      memoryBytes: nrPages * HVSIM_PAGE_SIZE,
      nrVcpus: config.maxvcpus,
      bootargs: config.cmdline,
      reservations: reserved.sort((a, b) => a - b).map((gfn) => ({ address: gpaOf(gfn), size: HVSIM_PAGE_SIZE })),
      ...(isa !== undefined ? { isa } : {}),
    });
  } catch (err) {
    // Only the config's own text (cmdline) can make the tree unwritable: the user's to fix.
    if (err instanceof FdtError) throw new ToolstackError('EINVAL', `device tree: ${err.message}`);
    throw err;
  }
  const pages = Math.ceil(blob.length / HVSIM_PAGE_SIZE);
  let top = Math.min(...special);
  if (sharedInfoGfn < top && sharedInfoGfn >= top - pages) top = sharedInfoGfn;
  const first = top - pages;
  if (first < firstRamGfn) throw new ToolstackError('ENOMEM', `memory: ${nrPages} pages cannot hold the device tree and the special pages`);
  return { gpa: gpaOf(first), data: blob };
}

/** Every segment must lie in RAM below the special pages (and an HVM domain's device tree). */
function checkSegmentsFit(config: DomainConfig, image: ElfImage, firstSpecialGfn: number): void {
  const limit = gpaOf(firstSpecialGfn);
  for (const seg of image.segments) {
    const end = seg.paddr + Math.max(seg.memsz, seg.data.length);
    if (seg.paddr < HVSIM_GUEST_RAM_BASE || end > limit) {
      throw new ToolstackError(
        'EINVAL',
        `kernel: ${config.kernel}: segment 0x${hex(seg.paddr)}-0x${hex(end)} does not fit in the domain's RAM ` +
          `(0x${hex(HVSIM_GUEST_RAM_BASE)}-0x${hex(limit)} with memory = ${config.memory})`,
      );
    }
  }
  if (image.entry < HVSIM_GUEST_RAM_BASE || image.entry >= limit) {
    throw new ToolstackError('EINVAL', `kernel: ${config.kernel}: entry point 0x${hex(image.entry)} is outside the domain's RAM`);
  }
}

export function encodeStartInfo(domid: number, config: DomainConfig, layout: DomainLayout): Uint8Array {
  const page = new Uint8Array(START_INFO.size);
  writeCString(page, START_INFO.f.magic.offset, START_INFO.f.magic.size, HVSIM_START_INFO_MAGIC);
  encodeStruct(START_INFO, {
    nr_pages: layout.nrPages,
    shared_info: gpaOf(layout.sharedInfoGfn),
    flags: 0,
    store_mfn: layout.storeGfn,
    store_evtchn: layout.storeEvtchn,
    'console.domU.mfn': layout.consoleGfn,
    'console.domU.evtchn': layout.consoleEvtchn,
    domid,
  }, page);
  // UTF-8, NUL-terminated; the parser keeps it under MAX_GUEST_CMDLINE bytes with the NUL.
  const cmdline = new TextEncoder().encode(config.cmdline);
  page.set(cmdline.subarray(0, MAX_GUEST_CMDLINE - 1), START_INFO.f.cmd_line.offset);
  return page;
}

function gpaOf(gfn: number): number {
  return gfn * HVSIM_PAGE_SIZE;
}

function pagesSpanned(gpa: number, length: number): number {
  if (length === 0) return 0;
  return Math.floor((gpa + length - 1) / HVSIM_PAGE_SIZE) - Math.floor(gpa / HVSIM_PAGE_SIZE) + 1;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/**
 * The ring pages and ports as HVM params, where Xen's HVM and Arm guests look for them. The
 * four calls are independent, so they go out together: one round trip's wait, not four.
 */
export async function announceHvmRings(domctl: Domctl, domid: number, layout: DomainLayout): Promise<void> {
  await Promise.all([
    domctl.setHvmParam(domid, HVM_PARAM_STORE_PFN, layout.storeGfn),
    domctl.setHvmParam(domid, HVM_PARAM_STORE_EVTCHN, layout.storeEvtchn),
    domctl.setHvmParam(domid, HVM_PARAM_CONSOLE_PFN, layout.consoleGfn),
    domctl.setHvmParam(domid, HVM_PARAM_CONSOLE_EVTCHN, layout.consoleEvtchn),
  ]);
}
