/**
 * `hvsim demo` (npm start): a tour of a Type-1 hypervisor in a few seconds. It boots the
 * core and dom0 in this process (the embedding API, virtual time, deterministic), creates
 * the demo domUs from images/demo, shows their consoles and `xl list` as they run, pauses,
 * unpauses, reboots and shuts one down, lets two domains ping each other over a bridge and
 * one keep data on a virtual disk, and ends with what the scheduler and the hypercall ABI did: CPU share against credit weight, exits and hypercalls per domain.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Host, type DomainJson } from '@hvsim/host';
import { domainRowFromJson, formatList } from './format/list';

export interface DemoOptions {
  /** Directory holding hello.cfg, spin.cfg, sleeper.cfg, ping.cfg, ping-peer.cfg, disk.cfg. */
  imagesDir: string;
  seed: number;
  /** Where the tour is printed. */
  write: (text: string) => void;
}

/** Console lines shown per domain per phase; the rest are counted. */
const LINES_PER_PHASE = 4;
/** The credit window the CPU shares are measured over. */
const SHARE_WINDOW = '300ms';

export function defaultImagesDir(): string {
  return path.resolve(__dirname, '..', '..', '..', 'images', 'demo');
}

export async function runDemo(o: DemoOptions): Promise<void> {
  const say = (line = ''): void => o.write(line + '\n');
  const cfg = (name: string): string => path.join(o.imagesDir, `${name}.cfg`);
  // One pCPU: the two spinning guests must compete for it, which is where weights matter
  // (credit is shared out machine-wide, so on an otherwise idle second pCPU they would not).
  // The disk demo's image lives in a datastore of the tour's own, removed at the end.
  const datastore = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-demo-'));
  const host = await Host.boot({ pcpus: 1, seed: o.seed, datastore });
  const shown = new Map<number, number>();
  const showConsoles = (): void => {
    for (const d of known) {
      const text = host.console(d);
      const from = shown.get(d.domid) ?? 0;
      const lines = text.slice(from).split('\n');
      const complete = lines.slice(0, -1);
      shown.set(d.domid, from + complete.reduce((n, l) => n + l.length + 1, 0));
      for (const l of complete.slice(0, LINES_PER_PHASE)) say(`  [${d.name}] ${l.replace(/\r$/, '')}`);
      const more = complete.length - LINES_PER_PHASE;
      if (more > 0) say(`  [${d.name}] ... ${more} more line${more === 1 ? '' : 's'}`);
    }
  };
  const showList = async (): Promise<void> => {
    say();
    for (const l of formatList((await host.list()).map(domainRowFromJson)).trimEnd().split('\n')) say(`  ${l}`);
    say();
  };
  const known: Array<{ domid: number; name: string }> = [];
  const track = <T extends { domid: number; name: string }>(d: T): T => {
    known.push(d);
    return d;
  };
  const ms = (ns: number): string => `${(ns / 1e6).toFixed(1)} ms`;

  try {
    const info = await host.info();
    say(`hvsim demo — a Type-1 hypervisor in the style of Xen, ${info.nr_cpus} pCPU${info.nr_cpus === 1 ? '' : 's'}, ${info.total_memory} MiB, scheduler ${info.xen_scheduler}, seed ${o.seed}`);
    say('dom0 is up: it runs the toolstack and the console backend, and reaches the core only through the protobuf control channel.');
    await showList();

    say(`t=${ms(host.now)}  xl create hello.cfg — a guest that says hello on its PV console ring and powers off (on_poweroff = "destroy")`);
    track(await host.create(cfg('hello')));
    await host.run('20ms');
    showConsoles();

    say(`t=${ms(host.now)}  two CPU-bound guests with credit weights 256 and 512, and a timer-driven sleeper`);
    const light = track(await host.create(cfg('spin'), { overrides: ['name="spin-light"', 'cpu_weight=256'] }));
    const heavy = track(await host.create(cfg('spin'), { overrides: ['name="spin-heavy"', 'cpu_weight=512'] }));
    const sleeper = track(await host.create(cfg('sleeper')));
    const before = await cpuTimes(host, [light, heavy]);
    await host.run(SHARE_WINDOW);
    const after = await cpuTimes(host, [light, heavy]);
    showConsoles();
    await showList();

    say(`t=${ms(host.now)}  xl pause spin-heavy: its vCPU leaves the run queue; spin-light has the pCPU to itself`);
    await host.pause(heavy);
    await host.run('30ms');
    await showList();
    say(`t=${ms(host.now)}  xl unpause spin-heavy`);
    await host.unpause(heavy);
    await host.run('20ms');
    showConsoles();

    say(`t=${ms(host.now)}  xl reboot sleeper: it shuts down with reason reboot and the toolstack builds it again (on_reboot = "restart")`);
    await host.reboot(sleeper);
    await host.runUntil(() => host.events.some((e) => e.type === 'rebooted' && e.name === sleeper.name), '1s');
    const reborn = host.events.filter((e) => e.type === 'rebooted' && e.name === sleeper.name).pop();
    if (reborn) track({ domid: reborn.domid, name: `${sleeper.name}` });
    await host.run('30ms');
    showConsoles();

    say(`t=${ms(host.now)}  xl shutdown -w spin-light`);
    const lightCounters = host.counters(light);
    const heavyCounters = host.counters(heavy);
    await host.shutdown(light, { wait: true, force: true });
    await host.run('5ms');
    await showList();

    say(`t=${ms(host.now)}  xl destroy spin-heavy: nothing spins any more`);
    await host.destroy(heavy);
    say(`t=${ms(host.now)}  xl create ping-peer.cfg ping.cfg — two domains with a vif each on bridge xenbr0 (netfront ↔ netback ↔ the virtual switch): ARP, then ICMP echo`);
    const pingee = await host.create(cfg('ping-peer'));
    const pinger = await host.create(cfg('ping'));
    await host.runUntil(() => [pinger, pingee].every((d) => host.events.some((e) => e.domid === d.domid && e.type === 'destroyed')), '2s');
    showAll(host, pinger, say);
    showAll(host, pingee, say);

    say(`t=${ms(host.now)}  xl create disk.cfg — blkfront ↔ blkback over a blkif ring, onto a raw image in the datastore`);
    await host.diskCreate('disk-demo.img', 1 << 20);
    const disk = await host.create(cfg('disk'));
    await host.runUntil(() => host.events.some((e) => e.domid === disk.domid && e.type === 'destroyed'), '2s');
    showAll(host, disk, say);

    say('Summary');
    const wl = 256;
    const wh = 512;
    const dl = after[0] - before[0];
    const dh = after[1] - before[1];
    say(`  credit scheduler, both spinning on the one pCPU for ${SHARE_WINDOW} of virtual time:`);
    say(`    spin-light  weight ${wl}  CPU ${ms(dl).padStart(9)}  share ${pct(dl, dl + dh)}  (weight share ${pct(wl, wl + wh)})`);
    say(`    spin-heavy  weight ${wh}  CPU ${ms(dh).padStart(9)}  share ${pct(dh, dl + dh)}  (weight share ${pct(wh, wl + wh)})`);
    say('  exits and hypercalls (live domains, and spin-light before its shutdown):');
    const rows: Array<[string, ReturnType<Host['counters']>]> = [['spin-light', lightCounters], ['spin-heavy', heavyCounters]];
    for (const d of known.slice(-1)) rows.push([`${d.name} (domid ${d.domid})`, host.counters(d)]);
    for (const [name, c] of rows) {
      const exits = Object.entries(c.exits).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
      const hypercalls = Object.values(c.hypercalls).reduce((a, b) => a + b, 0);
      say(`    ${name.padEnd(22)} ${String(c.instructions).padStart(11)} instructions, ${String(hypercalls).padStart(5)} hypercalls; exits: ${exits}`);
    }
    const costs = host.dom0Costs();
    say(`  dom0 work charged to its vCPU: ${ms(costs.totalNs)}; lifecycle events: ${host.events.length}`);
    say(`  virtual time ${ms(host.now)}, trace hash ${host.traceHash()} (same seed, same run: same hash)`);
  } finally {
    await host.halt();
    fs.rmSync(datastore, { recursive: true, force: true });
  }
}

/** Every line a (finished) domain printed. */
function showAll(host: Host, d: { domid: number; name: string }, say: (line: string) => void): void {
  for (const l of host.console(d).split('\n').filter((x) => x !== '')) say(`  [${d.name}] ${l}`);
}

async function cpuTimes(host: Host, ds: Array<{ domid: number }>): Promise<number[]> {
  const list: DomainJson[] = await host.list(...ds);
  return ds.map((d) => list.find((x) => x.domid === d.domid)?.cpu_time_ns ?? 0);
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}
