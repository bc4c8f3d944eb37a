/**
 * The real core and dom0 in this process with dom0's xenstore and console ring services
 * plugged in, joined as the CLI's boot loader joins them (its DomctlAdapter and Machine), plus
 * xenstored's host socket. Until the boot loader passes services itself, this is the wiring the
 * issue-5 tests use.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DomctlService, ManagementService, RpcClient, RpcServer, inProcessPair } from '@hvsim/control';
import type { ServiceClient } from '@hvsim/control';
import { ConsoleRingService, Dom0, XenstoreService, XenstoreSocketServer } from '@hvsim/dom0';
import { DomctlAdapter } from '../packages/cli/src/boot/domctl-adapter';
import { BootHypervisor, Machine } from '../packages/cli/src/boot/machine';

export const DEMO = path.join(__dirname, '..', 'images', 'demo');
const MS = 1_000_000;

export interface XenstoreRig {
  hv: BootHypervisor;
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

export async function bootXenstoreRig(options: { socket?: boolean; seed?: number } = {}): Promise<XenstoreRig> {
  const activity = { notify: (): void => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-xs-'));
  const logs: string[] = [];
  const hv = new BootHypervisor({ pcpus: 2, memoryBytes: 256 * 1024 * 1024, seed: options.seed ?? 1 });
  const machine = new Machine(hv);
  const adapter = new DomctlAdapter(hv, { commandline: 'test', version: 'test' });
  adapter.onActivity = () => activity.notify();
  machine.afterRun = () => adapter.collectConsoles();
  hv.createDomain({ domid: 0, memoryKb: 16 * 1024, maxVcpus: 1, privileged: true, type: 'pv', hostKernel: true });
  adapter.adopt(0);
  hv.unpauseDomain(0);
  const domctlServer = new RpcServer({ name: 'hvsim-core' }).addService(DomctlService, adapter.implementation());
  const [dom0End, coreEnd] = inProcessPair();
  domctlServer.accept(coreEnd);
  const domctl = await RpcClient.connect(dom0End, { name: 'hvsim-dom0' });

  const xenstore = new XenstoreService({ log: (line) => logs.push(line) });
  let socket: string | null = null;
  const xsServer = new XenstoreSocketServer(xenstore.xenstored);
  if (options.socket) {
    socket = path.join(dir, 'xenstored.sock');
    await xsServer.listen(socket);
  }
  const { dom0 } = await Dom0.boot({
    domctl,
    clock: { now: () => hv.now(), setTimer: (delayNs, fn) => machine.setTimer(delayNs, fn) },
    chargeHostWork: (ns) => {
      hv.addHostWork(0, Math.round(ns));
      activity.notify();
    },
    logDir: path.join(dir, 'log'),
    log: (line) => logs.push(line),
    services: [xenstore.service, (ctx) => new ConsoleRingService(ctx)],
    host: { xenstoreSocket: socket ?? undefined },
  });
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
      await dom0.halt();
      domctl.close();
      domctlServer.closeConnections();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}
