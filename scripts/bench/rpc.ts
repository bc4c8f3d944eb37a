/**
 * `npm run bench -- rpc [--json]`: the control channel's cost per unary call.
 *
 * DomctlService.GetDomainInfo (a DomainInfo of the size the core answers) between an
 * RpcClient and an RpcServer: over an in-process pair (dom0 to the core), and over a Unix
 * socket between two processes (a management client to dom0), where each side's CPU time
 * per call is measured too (process.cpuUsage: user + system). Calls go one at a time (the
 * lifecycle's pattern) and 16 at a time (requests and answers that share a turn). Each
 * figure is the median of 7 rounds of 20,000 calls, after a round of warm-up.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DomctlService, RpcClient, RpcServer, connectUnix, inProcessPair, listenUnix } from '@hvsim/control';
import type { BenchResult } from './index';

const CALLS = 20_000;
const ROUNDS = 7;
const IN_FLIGHT = 16;

interface Round {
  wallUs: number;
  clientCpuUs: number;
  serverCpuUs: number | null;
}

function server(): RpcServer {
  const handle = new Uint8Array(16).fill(0xab);
  return new RpcServer({ name: 'bench-rpc' }).addService(DomctlService, {
    GetDomainInfo: (request) => ({
      info: {
        domid: request.domid, running: true, totPages: 4096, maxPages: 4096, sharedInfoFrame: 0x80001,
        cpuTimeNs: 123_456_789, nrOnlineVcpus: 1, maxVcpuId: 0, handle,
      },
    }),
  });
}

/** CALLS calls with `inFlight` outstanding at a time. */
async function calls(client: RpcClient, inFlight: number): Promise<void> {
  if (inFlight === 1) {
    for (let i = 0; i < CALLS; i++) await client.call(DomctlService.GetDomainInfo, { domid: i & 0xff });
    return;
  }
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < CALLS; i++) {
    pending.push(client.call(DomctlService.GetDomainInfo, { domid: i & 0xff }));
    if (pending.length === inFlight) {
      await Promise.all(pending);
      pending.length = 0;
    }
  }
  await Promise.all(pending);
}

async function measure(client: RpcClient, inFlight: number, serverCpu: (() => Promise<number>) | null): Promise<Round> {
  await calls(client, inFlight); // warm-up
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const s0 = serverCpu ? await serverCpu() : 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await calls(client, inFlight);
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const s1 = serverCpu ? await serverCpu() : 0;
    rounds.push({ wallUs: (wall * 1000) / CALLS, clientCpuUs: (c.user + c.system) / CALLS, serverCpuUs: serverCpu ? (s1 - s0) / CALLS : null });
  }
  const median = (key: keyof Round): number => {
    const values = rounds.map((r) => r[key] ?? 0).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  return { wallUs: median('wallUs'), clientCpuUs: median('clientCpuUs'), serverCpuUs: serverCpu ? median('serverCpuUs') : null };
}

async function inProcess(inFlight: number): Promise<Round> {
  const [clientEnd, serverEnd] = inProcessPair();
  server().accept(serverEnd);
  const client = await RpcClient.connect(clientEnd, { name: 'bench-rpc' });
  const round = await measure(client, inFlight, null);
  client.close();
  return round;
}

/** The server side of the socket runs: `node rpc.js --serve SOCKET` (this file, forked). */
async function serve(socketPath: string): Promise<void> {
  const rpc = server();
  await listenUnix(socketPath, (c) => rpc.accept(c));
  process.on('message', (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send?.(u.user + u.system);
    } else {
      process.exit(0);
    }
  });
  process.send?.('ready');
}

async function overSocket(inFlight: number[]): Promise<Round[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-bench-rpc-'));
  const socketPath = path.join(dir, 'rpc.sock');
  // ts-node runs this file: the child loads it the same way.
  const child = fork(__filename, ['--serve', socketPath], {
    execArgv: [...process.execArgv, '-r', 'ts-node/register/transpile-only'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the server process exited (${code})`)));
    });
    const serverCpu = (): Promise<number> => new Promise((resolve) => {
      child.once('message', (m) => resolve(m as number));
      child.send('cpu');
    });
    const client = await RpcClient.connect(await connectUnix(socketPath), { name: 'bench-rpc' });
    const rounds: Round[] = [];
    for (const n of inFlight) rounds.push(await measure(client, n, serverCpu));
    client.close();
    return rounds;
  } finally {
    child.removeAllListeners('exit');
    child.send('exit');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult> {
  const local = [await inProcess(1), await inProcess(IN_FLIGHT)];
  const socket = await overSocket([1, IN_FLIGHT]);
  const row = (transport: string, inFlight: number, r: Round): Record<string, string | number | null> => ({
    transport, in_flight: inFlight,
    us_per_call: +r.wallUs.toFixed(2),
    client_cpu_us_per_call: +r.clientCpuUs.toFixed(2),
    server_cpu_us_per_call: r.serverCpuUs === null ? null : +r.serverCpuUs.toFixed(2),
  });
  const rows = [
    row('in-process', 1, local[0]), row('in-process', IN_FLIGHT, local[1]),
    row('unix socket, 2 processes', 1, socket[0]), row('unix socket, 2 processes', IN_FLIGHT, socket[1]),
  ];
  return {
    table: rows,
    json: {
      method: DomctlService.GetDomainInfo.path,
      calls_per_round: CALLS,
      rounds: ROUNDS,
      in_process_us_per_call: +local[0].wallUs.toFixed(3),
      results: rows,
      note: 'in-process: client and server share the process (cpu = both ends); medians of the rounds',
    },
  };
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3]).catch((err: unknown) => {
    process.stderr.write(`bench rpc server: ${String(err)}\n`);
    process.exit(1);
  });
}
