/**
 * Core files for on_crash/on_* = coredump-destroy|coredump-restart (xl's dump-core role),
 * written as a standard ELF32 RISC-V core so `gdb-multiarch` / `readelf -n` can read them:
 *
 * - one PT_NOTE with, per vCPU, an NT_PRSTATUS "CORE" note (pr_pid = vCPU id + 1,
 *   pr_reg = pc, x1..x31 as Linux's RV32 elf_gregset_t), then hvsim's own notes:
 *   "HVSIM" type 1 = a JSON object { domid, name, nr_pages, ram_base, vcpus }, and
 *   "HVSIM" type 2 per vCPU = the core's opaque hart_state (every CSR, privilege, counters);
 * - one PT_LOAD covering the domain's RAM at its guest-physical address (p_paddr = p_vaddr =
 *   0x8000_0000), file size = memory size. All-zero chunks are left as holes, so the file is
 *   sparse on file systems that allow it.
 * The file is written as DurableFile writes: complete and flushed, or not at all.
 */
import { HVSIM_GUEST_RAM_BASE, HVSIM_PAGE_SIZE } from '@hvsim/abi';
import { CostMeter } from '../cost-model';
import { Domctl, MAX_READ_BYTES } from '../domctl';
import { DurableFile } from '@hvsim/files';
import type { HostIo } from '../files/host-io';

const EHDR_SIZE = 52;
const PHDR_SIZE = 32;
const ET_CORE = 4;
const EM_RISCV = 243;
const PT_LOAD = 1;
const PT_NOTE = 4;
const PF_R = 4;
const PF_W = 2;
const PF_X = 1;
const NT_PRSTATUS = 1;
/** hvsim's note types under the name "HVSIM". */
export const NT_HVSIM_DOMAIN = 1;
/** A vCPU's GetVcpuContext.hart_state: a SavedVcpuContext protobuf message (types.proto). */
export const NT_HVSIM_HART_STATE = 2;
/** struct elf_prstatus of a 32-bit Linux: pr_reg at 72, 32 registers, pr_fpvalid after. */
const PRSTATUS_SIZE = 204;
const PRSTATUS_PID_OFFSET = 24;
const PRSTATUS_REG_OFFSET = 72;

export interface CoreDumpSubject {
  domid: number;
  name: string;
  nrPages: number;
  nrVcpus: number;
}

/** Writes the core of a (paused or shut down) domain to `file`. */
export async function writeCoreDump(domctl: Domctl, cost: CostMeter, subject: CoreDumpSubject, file: string, io?: HostIo): Promise<void> {
  const notes: Uint8Array[] = [];
  const hartStates: Uint8Array[] = [];
  for (let vcpu = 0; vcpu < subject.nrVcpus; vcpu++) {
    const ctx = await domctl.getVcpuContext(subject.domid, vcpu);
    notes.push(note('CORE', NT_PRSTATUS, prstatus(vcpu, ctx.pc, ctx.regs)));
    hartStates.push(ctx.hartState);
  }
  const meta = { domid: subject.domid, name: subject.name, nr_pages: subject.nrPages, ram_base: HVSIM_GUEST_RAM_BASE, vcpus: subject.nrVcpus };
  notes.push(note('HVSIM', NT_HVSIM_DOMAIN, new TextEncoder().encode(JSON.stringify(meta))));
  for (const state of hartStates) notes.push(note('HVSIM', NT_HVSIM_HART_STATE, state));

  const noteBytes = Buffer.concat(notes);
  const noteOffset = EHDR_SIZE + 2 * PHDR_SIZE;
  const ramOffset = alignUp(noteOffset + noteBytes.length, HVSIM_PAGE_SIZE);
  const ramBytes = subject.nrPages * HVSIM_PAGE_SIZE;

  const head = new Uint8Array(noteOffset);
  writeElfHeader(head);
  writePhdr(head, EHDR_SIZE, { type: PT_NOTE, offset: noteOffset, addr: 0, size: noteBytes.length, flags: PF_R, align: 4 });
  writePhdr(head, EHDR_SIZE + PHDR_SIZE, { type: PT_LOAD, offset: ramOffset, addr: HVSIM_GUEST_RAM_BASE, size: ramBytes, flags: PF_R | PF_W | PF_X, align: HVSIM_PAGE_SIZE });

  // Durable and whole or not there at all; never into a device node or FIFO (DurableFile).
  const out = await DurableFile.create(file, io);
  try {
    await out.write(head, 0);
    await out.write(noteBytes, noteOffset);
    for (let off = 0; off < ramBytes; off += MAX_READ_BYTES) {
      const length = Math.min(MAX_READ_BYTES, ramBytes - off);
      const chunk = await domctl.readGuestMemory(subject.domid, HVSIM_GUEST_RAM_BASE + off, length);
      if (!isZero(chunk)) await out.write(chunk, ramOffset + off);
    }
    await out.truncate(ramOffset + ramBytes);
    await out.commit();
  } finally {
    await out.discard();
  }
  cost.charge('coreDumpPage', subject.nrPages);
}

function prstatus(vcpu: number, pc: number, regs: number[]): Uint8Array {
  const b = new Uint8Array(PRSTATUS_SIZE);
  const v = new DataView(b.buffer);
  v.setUint32(PRSTATUS_PID_OFFSET, vcpu + 1, true);
  v.setUint32(PRSTATUS_REG_OFFSET, pc >>> 0, true);
  for (let x = 1; x < 32; x++) v.setUint32(PRSTATUS_REG_OFFSET + 4 * x, (regs[x] ?? 0) >>> 0, true);
  return b;
}

/** An ELF note: namesz, descsz, type, name (NUL-terminated, padded to 4), desc (padded to 4). */
function note(name: string, type: number, desc: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name + '\0');
  const b = new Uint8Array(12 + alignUp(nameBytes.length, 4) + alignUp(desc.length, 4));
  const v = new DataView(b.buffer);
  v.setUint32(0, nameBytes.length, true);
  v.setUint32(4, desc.length, true);
  v.setUint32(8, type, true);
  b.set(nameBytes, 12);
  b.set(desc, 12 + alignUp(nameBytes.length, 4));
  return b;
}

function writeElfHeader(b: Uint8Array): void {
  const v = new DataView(b.buffer, b.byteOffset);
  b.set([0x7f, 0x45, 0x4c, 0x46, 1 /* ELFCLASS32 */, 1 /* ELFDATA2LSB */, 1 /* EV_CURRENT */], 0);
  v.setUint16(16, ET_CORE, true);
  v.setUint16(18, EM_RISCV, true);
  v.setUint32(20, 1, true);
  v.setUint32(28, EHDR_SIZE, true); // e_phoff
  v.setUint16(40, EHDR_SIZE, true); // e_ehsize
  v.setUint16(42, PHDR_SIZE, true);
  v.setUint16(44, 2, true); // e_phnum
}

function writePhdr(b: Uint8Array, at: number, p: { type: number; offset: number; addr: number; size: number; flags: number; align: number }): void {
  const v = new DataView(b.buffer, b.byteOffset);
  v.setUint32(at, p.type, true);
  v.setUint32(at + 4, p.offset, true);
  v.setUint32(at + 8, p.addr, true);
  v.setUint32(at + 12, p.addr, true);
  v.setUint32(at + 16, p.size, true);
  v.setUint32(at + 20, p.size, true);
  v.setUint32(at + 24, p.flags, true);
  v.setUint32(at + 28, p.align, true);
}

function isZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}
