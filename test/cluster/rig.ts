/**
 * A real cluster for end-to-end tests: etcd (Debian's etcd-server) on free ports with a temp
 * data dir, and hvsim daemons joined to it, sharing one datastore directory. Everything is
 * stopped by pid.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClusterAdmin, type ClusterStatus } from '@hvsim/cluster';
import { alive, client, DEMO, freePort, HVSIM, ok, sleep, until } from '../e2e-helpers';

export const ETCD = '/usr/bin/etcd';

export class Etcd {
  private child: ChildProcess | null = null;
  readonly url: string;

  private constructor(readonly dir: string, private readonly clientPort: number, private readonly peerPort: number) {
    this.url = `http://127.0.0.1:${clientPort}`;
  }

  static async start(dir: string): Promise<Etcd> {
    const e = await Etcd.create(dir);
    await e.run();
    return e;
  }

  /** An etcd on free ports, not started yet (run() starts it). */
  static async create(dir: string): Promise<Etcd> {
    return new Etcd(dir, await freePort(), await freePort());
  }

  /** Starts (or restarts) etcd on the same ports and data. */
  async run(): Promise<void> {
    const log = fs.openSync(path.join(this.dir, 'etcd.log'), 'a');
    this.child = spawn(ETCD, [
      '--name', 'hvsim-test', '--data-dir', path.join(this.dir, 'etcd-data'),
      '--listen-client-urls', this.url, '--advertise-client-urls', this.url,
      '--listen-peer-urls', `http://127.0.0.1:${this.peerPort}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${this.peerPort}`,
      '--initial-cluster', `hvsim-test=http://127.0.0.1:${this.peerPort}`,
    ], { stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const admin = new ClusterAdmin(this.url);
    try {
      await until(async () => (await admin.status().then(() => true, () => undefined)), 15_000, 'etcd to answer');
    } finally {
      admin.close();
    }
  }

  async stop(): Promise<void> {
    const c = this.child;
    this.child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 5000); })]);
    clearTimeout(timer);
    if (c.exitCode === null) {
      c.kill('SIGKILL');
      await exited;
    }
  }
}

export interface ClusterHost {
  name: string;
  socket: string;
  pid: number;
}

export class ClusterRig {
  readonly hosts: ClusterHost[] = [];
  /** Daemons a test has SIGSTOPped (running() skips them). */
  readonly stoppedPids = new Set<number>();
  /** Daemons a test has killed (kill()): running() no longer asks them. */
  private readonly killedPids = new Set<number>();
  readonly datastore: string;
  readonly admin: ClusterAdmin;

  private constructor(readonly dir: string, readonly etcd: Etcd) {
    this.datastore = path.join(dir, 'datastore');
    fs.mkdirSync(this.datastore);
    this.admin = new ClusterAdmin(etcd.url);
  }

  static async start(hostNames: string[], bootArgs: string[] = []): Promise<ClusterRig> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-cluster-'));
    const rig = new ClusterRig(dir, await Etcd.start(dir));
    for (const name of hostNames) await rig.boot(name, bootArgs);
    return rig;
  }

  async boot(name: string, bootArgs: string[] = []): Promise<ClusterHost> {
    const socket = path.join(this.dir, name, 'hvsim.sock');
    const out = await ok(socket, ['boot', '--detach', '--json', '--tcp', `127.0.0.1:${await freePort()}`, '--cluster', this.etcd.url,
      '--host-name', name, '--datastore', this.datastore, '--pcpus', '2', '--memory', '256', ...bootArgs]);
    const host = { name, socket, pid: (JSON.parse(out) as { pid: number }).pid };
    this.hosts.push(host);
    return host;
  }

  host(name: string): ClusterHost {
    const h = this.hosts.find((x) => x.name === name);
    if (!h) throw new Error(`no host ${name}`);
    return h;
  }

  /** kill -9 of host `name`'s daemon. It counts as gone from this moment: a running() already
   *  in flight to it fails with the connection, which is the kill, not a finding. */
  kill(name: string): void {
    const pid = this.host(name).pid;
    this.killedPids.add(pid);
    process.kill(pid, 'SIGKILL');
  }

  /** `hvsim cluster ARGS` against this cluster's etcd; rejects with its stderr on failure. */
  cluster(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(process.execPath, [HVSIM, 'cluster', ...args, '--cluster', this.etcd.url], { timeout: 60_000 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`hvsim cluster ${args.join(' ')}: ${stderr || err.message}`));
        else resolve(stdout);
      });
    });
  }

  status(): Promise<ClusterStatus> {
    return this.admin.status();
  }

  /** A config for `kernel` (a demo image) named `name`, written into the rig's directory. */
  config(name: string, kernel: 'spin' | 'sleeper' | 'disk' | 'diskstamp', extra = ''): string {
    const file = path.join(this.dir, `${name}.cfg`);
    fs.writeFileSync(file, `name = "${name}"\nkernel = "${path.join(DEMO, `${kernel}.elf`)}"\nmemory = 4\nvcpus = 1\n${extra}`);
    return file;
  }

  /** What each live host runs now (name, UUID, whether paused), asked of each daemon directly. */
  async running(): Promise<Map<string, Array<{ name: string; uuid: string; paused: boolean }>>> {
    const result = new Map<string, Array<{ name: string; uuid: string; paused: boolean }>>();
    await Promise.all(this.hosts.filter((h) => alive(h.pid) && !this.killedPids.has(h.pid)).map(async (h) => {
      try {
        const { rpc, m } = await client(h.socket);
        try {
          const r = await m.ListDomains({});
          result.set(h.name, (r.domains ?? []).filter((d) => (d.info?.domid ?? 0) !== 0).map((d) => ({ name: d.name ?? '', uuid: d.uuid ?? '', paused: d.info?.paused === true })));
        } finally {
          rpc.close();
        }
      } catch (err) {
        // A stopped (SIGSTOP) daemon runs nothing we could ask about, nor does one killed while
        // we asked; any other must answer.
        if (!this.stoppedPids.has(h.pid) && !this.killedPids.has(h.pid)) throw err;
      }
    }));
    return result;
  }

  /** Domain names that run on more than one host now (by name and by UUID); with
   *  `executing`, only copies that are not paused count. */
  async runningTwice(executing = false): Promise<string[]> {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [host, domains] of await this.running()) {
      for (const d of domains) {
        if (executing && d.paused) continue;
        for (const key of [d.name, d.uuid]) {
          if (seen.has(key) && seen.get(key) !== host) twice.push(`${d.name} on ${seen.get(key)} and ${host}`);
          seen.set(key, host);
        }
      }
    }
    return twice;
  }

  /** The last lines of host `name`'s daemon log. */
  log(name: string, lines = 20): string {
    const file = path.join(path.dirname(this.host(name).socket), 'hvsim.log');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
  }

  async stop(): Promise<void> {
    this.admin.close();
    for (const h of this.hosts) {
      if (!alive(h.pid)) continue;
      process.kill(h.pid, 'SIGCONT');
      process.kill(h.pid, 'SIGTERM');
    }
    for (const h of this.hosts) {
      for (let i = 0; i < 100 && alive(h.pid); i++) await sleep(50);
      if (alive(h.pid)) process.kill(h.pid, 'SIGKILL');
    }
    await this.etcd.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
