/**
 * A booted host in this process — the CLI boot loader's bootHost: the real core and dom0 with
 * its xenstore and PV console ring services — plus xenstored's host socket when asked for, and
 * helpers to drive virtual time and play with domains.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagementService, RpcClient, inProcessPair } from '@hvsim/control';
import type { ServiceClient } from '@hvsim/control';
import { XenstoreSocketServer, type Dom0, type XenstoreService } from '@hvsim/dom0';
import { bootHost } from '../../packages/host/src/boot/host';
import type { Hypervisor } from '@hvsim/hypervisor';
import type { Machine } from '../../packages/host/src/boot/machine';

export const DEMO = path.join(__dirname, '../../images/demo');
const MS = 1_000_000;

export interface XenstoreRig {
  hv: Hypervisor;
  machine: Machine;
  dom0: Dom0;
  xenstore: XenstoreService;
  mgmt: ServiceClient<typeof ManagementService>;
  dir: string;
  /** xenstored's Unix socket (XENSTORED_PATH), when `socket` was asked for. */
  socket: string | null;
  logs: string[];
  /** Called when dom0 charged work or the core served a request (a time driver wakes up). */
  onActivity: () => void;
  /** Runs virtual time in `stepMs` steps, letting dom0 react between them, until `done`. */
  runUntil(done: () => boolean | Promise<boolean>, limitMs?: number, stepMs?: number): Promise<void>;
  /** Runs virtual time for `ms`, dom0 reacting between steps. */
  run(ms: number): Promise<void>;
  create(cfg: string, overrides?: string[]): Promise<number>;
  /** What dom0's console backend holds for a domain. */
  console(domid: number): string;
  close(): Promise<void>;
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

export async function bootXenstoreRig(options: { socket?: boolean; seed?: number; shutdownTimeoutNs?: number } = {}): Promise<XenstoreRig> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-xs-'));
  const logs: string[] = [];
  const host = await bootHost({
    memoryMb: 256,
    seed: options.seed ?? 1,
    logDir: path.join(dir, 'log'),
    log: (line) => logs.push(line),
    ...(options.shutdownTimeoutNs !== undefined ? { shutdownTimeoutNs: options.shutdownTimeoutNs } : {}),
  });
  const { hypervisor: hv, machine, dom0, xenstore } = host;
  const activity = { notify: (): void => undefined };
  host.onActivity(() => activity.notify());
  let socket: string | null = null;
  const xsServer = new XenstoreSocketServer(xenstore.xenstored);
  if (options.socket) {
    socket = path.join(dir, 'xenstored.sock');
    await xsServer.listen(socket);
  }
  const [clientEnd, serverEnd] = inProcessPair();
  dom0.createManagementServer().accept(serverEnd);
  const client = await RpcClient.connect(clientEnd, { name: 'xs-test' });
  const mgmt = client.service(ManagementService);

  const runUntil = async (done: () => boolean | Promise<boolean>, limitMs = 500, stepMs = 0.05): Promise<void> => {
    const end = machine.now() + limitMs * MS;
    for (;;) {
      if (await done()) return;
      if (machine.now() >= end) throw new Error(`not done after ${limitMs} ms of virtual time`);
      machine.runUntil(machine.now() + Math.round(stepMs * MS));
      for (let k = 0; k < 4; k++) await turn();
    }
  };
  const rig: XenstoreRig = {
    hv, machine, dom0, xenstore, mgmt, dir, socket, logs,
    set onActivity(fn: () => void) {
      activity.notify = fn;
    },
    get onActivity(): () => void {
      return activity.notify;
    },
    runUntil,
    run: async (ms) => {
      const end = machine.now() + ms * MS;
      await runUntil(() => machine.now() >= end, ms + 1);
    },
    create: async (cfg, overrides = []) => {
      const file = path.join(DEMO, cfg);
      const r = await mgmt.CreateDomain({ config: fs.readFileSync(file, 'utf8'), configFile: file, overrides });
      return r.domid;
    },
    console: (domid) => Buffer.from(dom0.console.has(domid) ? dom0.console.history(domid) : new Uint8Array()).toString('latin1'),
    close: async () => {
      await xsServer.close();
      client.close();
      await host.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}
