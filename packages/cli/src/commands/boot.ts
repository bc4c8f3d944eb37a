import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { openAppendLog } from '@hvsim/files';
import type { CommandModule } from 'yargs';
import { canonicalIsa, parseBridgeFlags, parseUplinkFlags, readHostConfig, startDaemon, type AutostartResult, type HostConfig, type Pace } from '@hvsim/host';
import { connectDaemon, daemonFiles, parseTcpAddress, prepareSocketDir, resolveSocketPath } from '@hvsim/host/client';
import { outJson } from './common';

interface BootArgs {
  socket?: string;
  json: boolean;
  detach: boolean;
  pcpus?: number;
  memory?: number;
  sched?: string;
  seed?: number;
  pace?: string;
  config?: string;
  tcp?: string;
  'dom0-mem'?: number;
  'log-dir'?: string;
  'ready-fd'?: number;
  datastore?: string;
  isa?: string;
  bridge?: string[];
  uplink?: string[];
  cluster?: string;
  'host-name'?: string;
}

/** How long `boot --detach` waits for the daemon's socket to answer. */
const READY_TIMEOUT_MS = 20_000;
/** The child's descriptor for its ReadyReport (after stdin, stdout, stderr). */
const READY_FD = 3;

export const bootCommand: CommandModule<object, BootArgs> = {
  command: 'boot',
  describe: 'Boot the hypervisor and dom0, serving the management socket (foreground, or --detach)',
  builder: (y) =>
    y
      .option('socket', { type: 'string', describe: 'socket path (default: $HVSIM_SOCKET, $XDG_RUNTIME_DIR/hvsim/hvsim.sock, /tmp/hvsim-$UID/hvsim.sock)' })
      .option('json', { type: 'boolean', default: false, describe: 'report where the daemon listens as JSON' })
      .option('detach', { alias: 'd', type: 'boolean', default: false, describe: 'run as a background daemon; return once it answers' })
      .option('pcpus', { type: 'number', describe: 'physical CPUs (default 2)' })
      .option('memory', { alias: 'm', type: 'number', describe: 'machine memory in MiB (default 4096)' })
      .option('sched', { type: 'string', choices: ['credit'], describe: 'scheduler (default credit)' })
      .option('seed', { type: 'number', describe: 'seed of the simulation PRNG (default 1)' })
      .option('pace', { type: 'string', choices: ['max', 'realtime'], describe: 'max: as fast as the host allows; realtime: never ahead of the wall clock (default)' })
      .option('config', { alias: 'c', type: 'string', describe: 'host config (xl.cfg syntax): pcpus, memory, sched, seed, pace, dom0_mem, datastore, bridges, uplinks, autostart = [ "DOMAIN.cfg [key=value...]", ... ]' })
      .option('tcp', { type: 'string', describe: 'also listen on TCP HOST:PORT (anyone who can connect controls the host)' })
      .option('dom0-mem', { type: 'number', describe: "dom0's memory in MiB (default 128)" })
      .option('ready-fd', { type: 'number', hidden: true, describe: 'where to report once listening (boot --detach)' })
      .option('datastore', { type: 'string', describe: 'directory disk targets resolve in (default: datastore/ beside the socket)' })
      .option('isa', { type: 'string', describe: 'ISA offered to domains, at most rv32ima_zicsr_zifencei (fewer: domains from hosts that offer more cannot migrate here)' })
      .option('bridge', { type: 'string', array: true, describe: 'declare a bridge, "NAME [vlan-aware] [ageing=SECONDS]" (repeatable; replaces the config\'s bridges; default: xenbr0)' })
      .option('uplink', { type: 'string', array: true, describe: 'a VXLAN uplink, "BRIDGE vxlan vni=N remote=ADDR[:PORT] [local=ADDR[:PORT]]" (repeatable; replaces the config\'s uplinks; two of one bridge form an active-backup team)' })
      .option('cluster', { type: 'string', describe: 'join the cluster whose etcd is at URL (e.g. http://127.0.0.1:2379; needs --host-name)' })
      .option('host-name', { type: 'string', describe: 'this host\'s name in the cluster' })
      .option('log-dir', { type: 'string', describe: 'write each domain\'s console to DIR/guest-NAME.log (as xenconsoled --log=guest; default: none)' })
      .check((a) => {
        for (const k of ['pcpus', 'memory', 'seed', 'dom0-mem'] as const) {
          const v = a[k];
          if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new Error(`--${k} must be a whole number, got ${String(v)}`);
        }
        if (a.tcp !== undefined) parseTcpAddress(a.tcp);
        if (a.isa !== undefined) canonicalIsa(a.isa);
        if (a.bridge !== undefined) parseBridgeFlags(a.bridge);
        if (a.uplink !== undefined) parseUplinkFlags(a.uplink);
        return true;
      }),
  handler: async (argv) => {
    const socket = resolveSocketPath(argv.socket);
    const file: HostConfig = argv.config ? readHostConfig(argv.config) : { autostart: [] };
    const settings = {
      pcpus: argv.pcpus ?? file.pcpus ?? 2,
      memoryMb: argv.memory ?? file.memoryMb ?? 4096,
      sched: (argv.sched ?? file.sched ?? 'credit') as 'credit',
      seed: argv.seed ?? file.seed ?? 1,
      pace: (argv.pace ?? file.pace ?? 'realtime') as Pace,
      dom0MemoryMb: argv['dom0-mem'] ?? file.dom0MemoryMb ?? 128,
      ...(argv.isa !== undefined ? { isa: argv.isa } : {}),
    };
    if (await daemonAnswers(socket)) throw new Error(`a daemon is already running at ${socket}`);
    if (argv.detach) {
      await detach(argv, socket);
      return;
    }
    const log = (line: string): void => {
      process.stderr.write(`hvsim: ${line}\n`);
    };
    const daemon = await startDaemon({
      ...settings,
      socket,
      tcp: argv.tcp ? parseTcpAddress(argv.tcp) : undefined,
      autostart: file.autostart,
      logDir: argv['log-dir'] ? path.resolve(argv['log-dir']) : undefined,
      datastore: path.resolve(argv.datastore ?? file.datastore ?? path.join(path.dirname(socket), 'datastore')),
      bridges: argv.bridge !== undefined && argv.bridge.length > 0 ? parseBridgeFlags(argv.bridge) : file.bridges,
      uplinks: argv.uplink !== undefined && argv.uplink.length > 0 ? parseUplinkFlags(argv.uplink) : file.uplinks,
      cluster: await clusterSetting(argv.cluster ?? file.cluster, argv['host-name'] ?? file.hostName),
      log,
    });
    for (const a of daemon.host.autostarted) log('error' in a ? `autostart failed: ${a.error}` : `autostarted ${a.name} (domid ${a.domid})`);
    if (argv['ready-fd'] !== undefined) reportReady(argv['ready-fd'], daemon.host.autostarted, log);
    const where = { pid: process.pid, socket, tcp: daemon.tcpAddress };
    if (argv.json) outJson(where);
    else process.stdout.write(`hvsim: dom0 up, listening on ${socket}${daemon.tcpAddress ? ` and ${daemon.tcpAddress}` : ''} (pid ${process.pid})\n`);
    const stop = (): void => {
      void daemon.stop();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await daemon.stopped;
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    log('halted');
  },
};

/** --cluster/--host-name (or the host config's cluster/host_name): both or neither. The
 *  cluster package (etcd's client) loads only for a host that joins one. */
async function clusterSetting(url: string | undefined, hostName: string | undefined): Promise<{ url: string; hostName: string } | undefined> {
  if (url === undefined && hostName === undefined) return undefined;
  if (url === undefined || hostName === undefined) throw new Error('a cluster needs both its etcd URL (--cluster) and this host\'s name (--host-name)');
  const problem = (await import('@hvsim/cluster')).nameProblem(hostName);
  if (problem !== null) throw new Error(`--host-name: ${problem}`);
  return { url, hostName };
}

async function daemonAnswers(socket: string): Promise<boolean> {
  try {
    (await connectDaemon(socket, 'hvsim-boot-probe')).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * What the foreground daemon of `boot --detach` writes on the pipe `--ready-fd` names, once
 * it listens: how each autostart entry went, for the user who ran `boot --detach`.
 */
interface ReadyReport {
  autostarted: AutostartResult[];
}

/** The foreground daemon's side: reports and closes the pipe. */
function reportReady(fd: number, autostarted: AutostartResult[], log: (line: string) => void): void {
  const report: ReadyReport = { autostarted };
  try {
    fs.writeSync(fd, JSON.stringify(report));
    fs.closeSync(fd);
  } catch (err) {
    log(`--ready-fd ${fd}: ${(err as Error).message}`); // no one to tell: the daemon serves on
  }
}

/**
 * Starts this same command in the foreground as a detached child; returns once it listens.
 * As xendomains, an autostart entry that fails is reported (file and reason, on stderr) and
 * makes the exit status non-zero, while the daemon runs on with the domains that did start.
 */
async function detach(argv: BootArgs, socket: string): Promise<void> {
  prepareSocketDir(socket);
  const { logFile } = daemonFiles(socket);
  const args = [process.argv[1], 'boot', '--socket', socket, '--ready-fd', String(READY_FD)];
  const pass: Array<[string, unknown]> = [
    ['pcpus', argv.pcpus], ['memory', argv.memory], ['sched', argv.sched], ['seed', argv.seed], ['pace', argv.pace],
    ['tcp', argv.tcp], ['dom0-mem', argv['dom0-mem']],
    ['config', argv.config && path.resolve(argv.config)], ['log-dir', argv['log-dir'] && path.resolve(argv['log-dir'])],
    ['datastore', argv.datastore && path.resolve(argv.datastore)], ['isa', argv.isa], ['cluster', argv.cluster], ['host-name', argv['host-name']],
  ];
  for (const [k, v] of pass) if (v !== undefined) args.push(`--${k}`, String(v));
  for (const b of argv.bridge ?? []) args.push('--bridge', b);
  for (const u of argv.uplink ?? []) args.push('--uplink', u);
  const fd = openAppendLog(logFile, 0o600);
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd, 'pipe'], cwd: process.cwd(), env: process.env });
  fs.closeSync(fd);
  const report = await readyReport(child, socket, logFile);
  child.unref();
  const failed = report.autostarted.flatMap((a) => ('error' in a ? [a.error] : []));
  if (argv.json) outJson({ pid: child.pid, socket, log: logFile, autostarted: report.autostarted });
  else process.stdout.write(`hvsim: daemon ${child.pid} listening on ${socket} (log: ${logFile})\n`);
  for (const error of failed) process.stderr.write(`hvsim: autostart: ${error}\n`);
  if (failed.length > 0) {
    throw new Error(`${failed.length} of ${report.autostarted.length} autostart domains did not start; the daemon (pid ${child.pid}) runs on without them`);
  }
}

/** The child's ReadyReport; an error if it exits or stays silent first. */
function readyReport(child: ChildProcess, socket: string, logFile: string): Promise<ReadyReport> {
  const pipe = child.stdio[READY_FD] as Readable;
  return new Promise<ReadyReport>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the daemon did not answer on ${socket} within ${READY_TIMEOUT_MS / 1000} s (log: ${logFile})`));
    }, READY_TIMEOUT_MS);
    pipe.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    pipe.on('end', () => {
      // Closed without a report: the child is exiting, and 'exit' says how.
      if (text === '') return;
      clearTimeout(timer);
      resolve(JSON.parse(text) as ReadyReport);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the daemon exited (status ${code ?? 1}): ${lastLine(logFile)}`));
    });
  }).finally(() => pipe.destroy());
}

function lastLine(file: string): string {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    return lines[lines.length - 1] ?? '';
  } catch {
    return '(no log)';
  }
}
