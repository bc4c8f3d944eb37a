/**
 * `hvsim boot`: a host (core + dom0) whose virtual time runs by itself, with dom0's
 * ManagementService on a Unix socket (and, opt-in, TCP) and xenstored's socket for Xen's
 * xenstore-* tools beside it. Stops on Halt, SIGTERM or SIGINT.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as v8 from 'node:v8';
import type { ClusterAgent, ClusterFence } from '@hvsim/cluster';
import { IdlePoll, ManagementService, RpcClient, inProcessPair, listenTcp, listenUnix, type Connection, type Listener, type RpcServer } from '@hvsim/control';
import { XenstoreSocketServer } from '@hvsim/dom0';
import { daemonFiles, prepareSocketDir } from '../socket-path';
import { bootHost, type BootedHost, type HostOptions } from './host';
import { IsolationEnforcer } from './isolation-enforcer';
import { TimeDriver, type Pace } from './time-driver';

export interface DaemonOptions extends HostOptions {
  /** Unix socket path of the management service. */
  socket: string;
  /** Also listen on TCP (opt-in). */
  tcp?: { host: string; port: number };
  pace: Pace;
  /** Daemon log lines (dom0's warnings, commands with their virtual time). */
  log: (line: string) => void;
  /** Join the cluster whose etcd is at `url` as host `hostName`. */
  cluster?: { url: string; hostName: string };
}

export interface RunningDaemon {
  readonly host: BootedHost;
  readonly socket: string;
  readonly tcpAddress: string | null;
  /** xenstored's socket for Xen's xenstore-* tools (XENSTORED_PATH). */
  readonly xenstoreSocket: string;
  /** Resolves once the daemon has stopped (after Halt or stop()). */
  readonly stopped: Promise<void>;
  stop(): Promise<void>;
}

/**
 * V8 optimises a function once it has run about 66 KB of its own bytecode a few times over. A
 * hot loop gets there at once, but the daemon's command paths run once per command, so they
 * stayed in V8's baseline tiers for the first thousand or so commands; some never left them.
 * A quarter of that budget gets them optimised sooner (lifecycle bench, right after its
 * 1,000-lifecycle warm-up: N = 100 at p50 0.37–0.44 ms instead of 0.55–0.66 ms).
 */
const DAEMON_INTERRUPT_BUDGET = 16 * 1024;

/**
 * How long the event loop keeps polling after traffic on the management or xenstored socket
 * before it may sleep: a client's turnaround after an answer, its own wake-up and its next
 * request. Measured with polling and without:
 *  - a xenstore read's round trip (xenstore bench, on the daemon's socket, three runs): p50
 *    44–58 µs without, 22–23 µs with;
 *  - create + destroy through the socket, polling switched off and on every 100 lifecycles on
 *    one warm daemon, four runs: one domain at a time at p50 0.35–0.42 ms without, 0.31–0.35 ms
 *    with. Where the daemon has other work between requests (100 domains created before they
 *    are destroyed, or 1,000 others running) it rarely sleeps anyway: no difference beyond the
 *    host's noise.
 */
const IDLE_POLL_MS = 0.25;

export async function startDaemon(options: DaemonOptions): Promise<RunningDaemon> {
  v8.setFlagsFromString(`--interrupt-budget=${DAEMON_INTERRUPT_BUDGET}`);
  prepareSocketDir(options.socket);
  const { xenstoreSocket } = daemonFiles(options.socket);
  // Another daemon's: xenstored would otherwise take its place, as a stale socket.
  if (await socketAnswers(xenstoreSocket)) throw new Error(`${xenstoreSocket} is in use by another daemon`);
  let requestStop: () => void = () => undefined;
  const haltRequested = new Promise<void>((resolve) => { requestStop = resolve; });
  // etcd's client loads only for a host that joins a cluster.
  const cluster = options.cluster ? await import('@hvsim/cluster') : null;
  const fence = cluster ? new cluster.ClusterFence() : null;
  const host = await bootHost({
    ...options,
    diskWriteFence: fence ? (target) => fence.refusal(target) : undefined,
    // The cluster moved the disk's lock to this host only once its old holder's lease had
    // expired (or in a migration's hand-over): that holder's lock file is stale, whatever its pid.
    diskLockOwnerGone: fence ? async (_owner, target) => (await fence.locks.check(target)) === null : undefined,
    description: { controlSocket: options.socket, xenstoreSocket, pacing: options.pace, seed: options.seed ?? 1 },
    onHalt: () => requestStop(),
    log: options.log,
  });
  // A cluster host pauses what its isolation gate names before it runs or answers anything.
  const enforcer = fence ? new IsolationEnforcer(host, fence.isolation, options.log) : null;
  const driver = new TimeDriver(enforcer ? enforcer.machine(host.machine) : host.machine, options.pace, {
    onError: (err) => {
      options.log(`the machine stopped: ${(err as Error).stack ?? String(err)}`);
      requestStop();
    },
  });
  host.onActivity(() => driver.kick());

  // One server per socket: each has its own connection limit (ConnectionLimits).
  const onLimit = (peer: string, status: { message?: string | null }): void => options.log(`${peer}: connection dropped: ${status.message ?? ''}`);
  const servers = [host.dom0.createManagementServer(undefined, { onLimit }), host.dom0.createManagementServer(undefined, { onLimit })];
  const idlePoll = new IdlePoll(IDLE_POLL_MS);
  const acceptOn = (server: RpcServer) => (connection: Connection): void => server.accept(idlePoll.watch(enforcer ? enforcer.connection(connection) : connection));
  const listeners: Listener[] = [];
  const xenstored = new XenstoreSocketServer(host.xenstore.xenstored, {
    onTraffic: () => idlePoll.touch(),
    onLimit: (reason) => options.log(`xenstored socket: connection dropped: ${reason}`),
  });
  try {
    listeners.push(await listenUnix(options.socket, acceptOn(servers[0])));
    if (options.tcp) listeners.push(await listenTcp(options.tcp, acceptOn(servers[1])));
    await xenstored.listen(xenstoreSocket);
    fs.chmodSync(xenstoreSocket, 0o600); // as the management socket: this user's alone
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    await xenstored.close();
    await host.shutdown();
    throw err;
  }
  driver.start();
  let agent: ClusterAgent | null = null;
  if (options.cluster && fence) {
    try {
      agent = await startClusterAgent(host, options.cluster, listeners[1]?.address ?? '', fence, options.log);
    } catch (err) {
      await Promise.all([...listeners.map((l) => l.close()), xenstored.close()]);
      await host.shutdown();
      driver.stop();
      throw new Error(`cannot join the cluster at ${options.cluster.url}: ${(err as Error).message}`);
    }
  }

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await agent?.stop();
      // A listener's close completes once its connections are gone, so close those too.
      const closed = Promise.all([...listeners.map((l) => l.close()), xenstored.close()]);
      for (const server of servers) server.closeConnections();
      await host.shutdown();
      await agent?.release();
      driver.stop();
      idlePoll.stop();
      await closed;
    })();
    return stopping;
  };
  const stopped = haltRequested.then(stop);
  return {
    host,
    socket: options.socket,
    tcpAddress: listeners[1]?.address ?? null,
    xenstoreSocket,
    stopped,
    stop: async () => {
      requestStop();
      await stopped;
    },
  };
}

/** The cluster agent, a client of this host's own ManagementService over an in-process channel. */
async function startClusterAgent(host: BootedHost, cluster: { url: string; hostName: string }, migration: string, fence: ClusterFence, log: (line: string) => void): Promise<ClusterAgent> {
  const [clientEnd, serverEnd] = inProcessPair();
  host.dom0.createManagementServer('hvsim-cluster-agent').accept(serverEnd);
  const rpc = await RpcClient.connect(clientEnd, { name: 'hvsim-cluster-agent' });
  const { ClusterAgent } = await import('@hvsim/cluster');
  const agent = new ClusterAgent({ etcdUrl: cluster.url, hostName: cluster.hostName, management: rpc.service(ManagementService), migration, fence, log });
  await agent.start();
  return agent;
}

/** Something accepts connections on the Unix socket `file`. */
function socketAnswers(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ path: file });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
