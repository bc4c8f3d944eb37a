/**
 * The isolation gate applied by a cluster host: once its lease could have expired, with the
 * power-off response, the clustered domains it names are paused before the machine runs
 * another step and before a client's request is served — and nothing else is touched.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IsolationGate, LeaseFence } from '@hvsim/cluster';
import { inProcessPair, ManagementService, RpcClient, type Connection } from '@hvsim/control';
import { bootHost, type BootedHost } from '../../src/boot/host';
import { IsolationEnforcer } from '../../src/boot/isolation-enforcer';

const DEMO = path.resolve(__dirname, '../../../../images/demo');
const MS = 1_000_000;

let host: BootedHost;
let dir: string;
let now: number;
let lease: LeaseFence;
let gate: IsolationGate;
let enforcer: IsolationEnforcer;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-isolation-'));
  host = await bootHost({ memoryMb: 256, logDir: path.join(dir, 'log'), dumpDir: path.join(dir, 'dump') });
  now = 0;
  lease = new LeaseFence(() => now);
  gate = new IsolationGate(lease);
  enforcer = new IsolationEnforcer(host, gate, () => undefined);
});

afterEach(async () => {
  await host.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function create(name: string): Promise<number> {
  const file = path.join(DEMO, 'spin.cfg');
  const [clientEnd, serverEnd] = inProcessPair();
  host.dom0.createManagementServer().accept(serverEnd);
  const client = await RpcClient.connect(clientEnd, { name: 'test' });
  try {
    return (await client.service(ManagementService).CreateDomain({ config: fs.readFileSync(file, 'utf8'), configFile: file, overrides: [`name="${name}"`] })).domid;
  } finally {
    client.close();
  }
}

const cpuTime = (domid: number): number => Number(host.hypervisor.getDomainInfo(domid).cpuTimeNs);

test('power-off: past the lease, the named domains are paused before the next step, once; the others run on', async () => {
  const web = await create('web');
  const local = await create('local');
  const machine = enforcer.machine(host.machine);
  gate.update('power-off', new Set(['web']));
  lease.renewed(3);
  machine.runUntil(machine.now() + MS);
  expect(host.hypervisor.getDomainInfo(web).flags.paused).toBe(false);

  now = 3000; // the lease would have expired
  const webBefore = cpuTime(web);
  const localBefore = cpuTime(local);
  machine.runUntil(machine.now() + 5 * MS);
  machine.runUntil(machine.now() + 5 * MS);
  expect(host.hypervisor.getDomainInfo(web).flags.paused).toBe(true);
  expect(cpuTime(web)).toBe(webBefore); // not one more instruction
  expect(cpuTime(local)).toBeGreaterThan(localBefore);
  // Paused once: a single unpause lets it run again (what a rejoined host's agent never does).
  host.hypervisor.unpauseDomain(web);
  expect(host.hypervisor.getDomainInfo(web).flags.paused).toBe(false);
});

test('leave-running, or a lease still confirmed: nothing is paused', async () => {
  const web = await create('web');
  const machine = enforcer.machine(host.machine);
  gate.update('leave-running', new Set(['web']));
  now = 10_000;
  machine.runUntil(machine.now() + MS);
  expect(host.hypervisor.getDomainInfo(web).flags.paused).toBe(false);
  gate.update('power-off', new Set(['web']));
  lease.renewed(3);
  machine.runUntil(machine.now() + MS);
  expect(host.hypervisor.getDomainInfo(web).flags.paused).toBe(false);
});

test('a request arriving after the lease could have expired is answered with the domain already paused', async () => {
  await create('web');
  gate.update('power-off', new Set(['web']));
  now = 10_000; // no lease was ever confirmed: expired
  const [clientEnd, serverEnd] = inProcessPair();
  host.dom0.createManagementServer().accept(enforcer.connection(serverEnd as Connection));
  const client = await RpcClient.connect(clientEnd, { name: 'test' });
  try {
    const list = await client.service(ManagementService).ListDomains({});
    expect(list.domains.find((d) => d.name === 'web')?.info?.paused).toBe(true);
  } finally {
    client.close();
  }
});
