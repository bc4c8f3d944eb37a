/** Boots dom0 on the fake core with a management client, for the lifecycle and builder tests. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, inProcessPair } from '@hvsim/control';
import type { ServiceClient } from '@hvsim/control';
import { Dom0, Dom0Options } from '../../src';
import { writeElf } from '../../../riscv/test/elf-writer';
import { FakeCore, settle } from '../support/fake-core';

export const ENTRY = 0x8000_0000;
/** A guest image: code at the RAM base, data at +64 KiB with a 16 KiB .bss. */
export const GUEST_CODE = Uint8Array.from([0x13, 0x05, 0x10, 0x00, 0x6f, 0x00, 0x00, 0x00]); // li a0,1; j .
export const GUEST_DATA = new TextEncoder().encode('hello from the data segment');
export const GUEST_ELF = writeElf(ENTRY, [
  { addr: ENTRY, data: GUEST_CODE },
  { addr: ENTRY + 0x10000, data: GUEST_DATA, memsz: GUEST_DATA.length + 0x4000 },
]);

export interface Harness {
  core: FakeCore;
  dom0: Dom0;
  mgmt: ServiceClient<typeof ManagementService>;
  dir: string;
  logs: string[];
  halted: { count: number };
  /** Writes an xl.cfg in the temp dir (kernel = guest.elf beside it) and returns its path. */
  cfg(name: string, extra?: string): string;
  close(): Promise<void>;
}

export async function bootHarness(options: Partial<Dom0Options> & { totalPages?: number; nrCpus?: number } = {}): Promise<Harness> {
  const core = new FakeCore({ totalPages: options.totalPages, nrCpus: options.nrCpus });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-dom0-'));
  fs.writeFileSync(path.join(dir, 'guest.elf'), GUEST_ELF);
  const logs: string[] = [];
  const halted = { count: 0 };
  const domctl = await core.connect();
  const { dom0 } = await Dom0.boot({
    domctl,
    clock: core.clock,
    chargeHostWork: (ns) => {
      core.chargedNs += ns;
    },
    logDir: path.join(dir, 'log'),
    dumpDir: path.join(dir, 'dump'),
    log: (line) => logs.push(line),
    onHalt: () => halted.count++,
    ...options,
  });
  const server = dom0.createManagementServer();
  const [clientEnd, serverEnd] = inProcessPair();
  server.accept(serverEnd);
  const client = await RpcClient.connect(clientEnd, { name: 'test-client' });
  return {
    core,
    dom0,
    mgmt: client.service(ManagementService),
    dir,
    logs,
    halted,
    cfg(name, extra = '') {
      const file = path.join(dir, `${name}.cfg`);
      fs.writeFileSync(file, `name = "${name}"\nkernel = "guest.elf"\nmemory = 4\n${extra}\n`);
      return file;
    },
    async close() {
      await dom0.halt();
      client.close();
      domctl.close();
      await settle();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a domain from a cfg file through the management service. */
export async function create(h: Harness, name: string, extra = '', paused = false): Promise<number> {
  const file = h.cfg(name, extra);
  const r = await h.mgmt.CreateDomain({ config: fs.readFileSync(file, 'utf8'), configFile: file, paused });
  await settle();
  return r.domid;
}
