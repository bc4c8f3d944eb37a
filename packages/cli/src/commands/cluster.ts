/**
 * `hvsim cluster VERB`: the cluster's verbs. They talk to etcd, which holds the cluster's
 * state (hosts, clustered domains, rules, DRS and HA settings), not to one daemon: the hosts'
 * agents and the elected manager carry out what is written there.
 */
import type { Argv, CommandModule } from 'yargs';
import { ClusterAdmin, HA_PRIORITIES, clusterErrorOf, type ClusterStatus, type HaPriority, type IsolationResponse, type RuleKind } from '@hvsim/cluster';
import { out, outJson } from './common';

interface ClusterArgs {
  cluster?: string;
  json?: boolean;
  timeout?: number;
}

/** Where etcd listens when neither --cluster nor $HVSIM_CLUSTER says. */
const DEFAULT_ETCD = 'http://127.0.0.1:2379';

function clusterOptions<T>(y: Argv<T>): Argv<T & ClusterArgs> {
  return y
    .option('cluster', { type: 'string', describe: `the cluster's etcd (default: $HVSIM_CLUSTER, else ${DEFAULT_ETCD})` })
    .option('json', { type: 'boolean', default: false, describe: 'machine-readable output' })
    .option('timeout', { type: 'number', default: 60, describe: 'seconds to wait for the hosts to carry a change out' });
}

/** Runs `fn` with the cluster's etcd, always closing the client; an etcd that does not answer is
 *  one line saying so, as a missing daemon is for the other verbs. */
async function withCluster<T>(argv: ClusterArgs, fn: (admin: ClusterAdmin) => Promise<T>): Promise<T> {
  const url = argv.cluster ?? (process.env.HVSIM_CLUSTER || DEFAULT_ETCD);
  const admin = new ClusterAdmin(url);
  try {
    return await fn(admin);
  } catch (err) {
    throw clusterErrorOf(err, url);
  } finally {
    admin.close();
  }
}

const ms = (argv: ClusterArgs): number => (argv.timeout ?? 60) * 1000;

type Sub = CommandModule<ClusterArgs, ClusterArgs & Record<string, unknown>>;

const status: Sub = {
  command: 'status',
  describe: 'Hosts (state, load, domains) and clustered domains',
  handler: (argv) => withCluster(argv, async (admin) => {
    const s = await admin.status();
    if (argv.json) outJson(s);
    else out(formatStatus(s));
  }),
};

const create: Sub = {
  command: 'create <config>',
  describe: 'Add a domain to the cluster; DRS places it and the host starts it',
  builder: (y) => y
    .positional('config', { type: 'string', demandOption: true, describe: 'xl.cfg file (its paths must be valid on every host)' })
    .option('ha-priority', { type: 'string', choices: HA_PRIORITIES, default: 'medium', describe: 'HA restart priority' }),
  handler: (argv) => withCluster(argv, async (admin) => {
    const host = await admin.create(String(argv.config), argv['ha-priority'] as HaPriority, ms(argv));
    if (argv.json) outJson({ config: argv.config, host });
    else out(`running on ${host}`);
  }),
};

const list: Sub = {
  command: 'list',
  describe: 'The clustered domains (as xl list: one a line), where each runs and its state',
  handler: (argv) => withCluster(argv, async (admin) => {
    const { domains } = await admin.status();
    if (argv.json) outJson(domains);
    else out(formatList(domains));
  }),
};

const destroy: Sub = {
  command: 'destroy <domain>',
  describe: 'Remove a domain from the cluster: stopped wherever it runs, never restarted by HA',
  builder: (y) => y.positional('domain', { type: 'string', demandOption: true }),
  handler: (argv) => withCluster(argv, (admin) => admin.destroy(String(argv.domain), ms(argv))),
};

const migrate: Sub = {
  command: 'migrate <domain> <host>',
  describe: 'Live-migrate a clustered domain to another host',
  builder: (y) => y.positional('domain', { type: 'string', demandOption: true }).positional('host', { type: 'string', demandOption: true }),
  handler: (argv) => withCluster(argv, (admin) => admin.migrate(String(argv.domain), String(argv.host), ms(argv))),
};

const evacuate: Sub = {
  command: 'evacuate <host>',
  describe: 'Maintenance mode: migrate every clustered domain off the host, then keep it empty',
  builder: (y) => y
    .positional('host', { type: 'string', demandOption: true })
    .option('exit', { type: 'boolean', default: false, describe: 'leave maintenance mode instead' }),
  handler: (argv) => withCluster(argv, (admin) => (argv.exit ? admin.exitMaintenance(String(argv.host)) : admin.evacuate(String(argv.host), ms(argv)))),
};

const drs: Sub = {
  command: 'drs',
  describe: 'DRS migration level (0 off, 1 only mandatory moves … 5 aggressive) and period',
  builder: (y) => y
    .option('level', { type: 'number', demandOption: true, describe: '0..5' })
    .option('period', { type: 'number', describe: 'seconds between balancing rounds (default 5)' }),
  handler: (argv) => withCluster(argv, async (admin) => {
    const d = await admin.setDrs(Number(argv.level), argv.period as number | undefined);
    if (argv.json) outJson(d);
  }),
};

const rule: Sub = {
  command: 'rule add <kind> <name> <domains..>',
  describe: 'Affinity rule: keep-together or keep-apart',
  builder: (y) => y
    .positional('kind', { type: 'string', choices: ['keep-together', 'keep-apart'], demandOption: true })
    .positional('name', { type: 'string', demandOption: true })
    .positional('domains', { type: 'string', array: true, demandOption: true }),
  handler: (argv) => withCluster(argv, (admin) => admin.addRule(argv.kind as RuleKind, String(argv.name), (argv.domains as string[]).map(String))),
};

const ha: Sub = {
  command: 'ha',
  describe: 'HA admission control and isolation response',
  builder: (y) => y
    .option('failover-capacity', { type: 'number', describe: 'host failures the protected domains must survive (admission control)' })
    .option('isolation-response', { type: 'string', choices: ['power-off', 'leave-running'], describe: 'what a host cut off from etcd does with its domains' }),
  handler: (argv) => withCluster(argv, async (admin) => {
    const h = await admin.setHa(argv['failover-capacity'] as number | undefined, argv['isolation-response'] as IsolationResponse | undefined);
    if (argv.json) outJson(h);
  }),
};

const leave: Sub = {
  command: 'leave <host>',
  describe: 'Evacuate a host, then take it out of the cluster (its daemon runs on alone)',
  builder: (y) => y.positional('host', { type: 'string', demandOption: true }),
  handler: (argv) => withCluster(argv, (admin) => admin.leave(String(argv.host), ms(argv))),
};

export const clusterCommand: CommandModule<object, ClusterArgs> = {
  command: 'cluster <verb>',
  describe: 'A cluster of hosts on etcd: status, list, create, destroy, migrate, evacuate, drs, rule, ha, leave',
  builder: (y) => {
    let c = clusterOptions(y);
    for (const sub of [status, list, create, destroy, migrate, evacuate, drs, rule, ha, leave]) c = c.command(sub);
    return c.demandCommand(1, 'name a cluster verb; `hvsim cluster --help` lists them');
  },
  handler: () => undefined,
};

function formatStatus(s: ClusterStatus): string {
  const lines = [
    `manager: ${s.manager ?? '(none)'}   DRS: ${s.drs.level === 0 ? 'off' : `level ${s.drs.level}, period ${s.drs.periodS} s`}, imbalance ${s.drs.imbalance}` +
      `${Number.isFinite(s.drs.threshold) ? ` (threshold ${s.drs.threshold})` : ''}   HA: failover capacity ${s.ha.failoverCapacity}, isolation response ${s.ha.isolationResponse}`,
    '',
    table(['Host', 'State', 'Load', 'pCPUs', 'Mem', 'Free', 'Domains'], s.hosts.map((h) => [
      h.name + (h.manager ? '*' : ''), h.state, h.load.toFixed(2), String(h.pcpus), String(h.memoryMb), String(h.freeMemoryMb),
      h.domains.map((d) => d.name).join(' ') || '-',
    ])),
  ];
  if (s.domains.length > 0) {
    lines.push('', table(['Domain', 'Host', 'State', 'HA', 'Moves', 'Restarts'], s.domains.map((d) => [
      d.name, d.target ? `${d.host ?? '-'}→${d.target}` : d.host ?? '-', d.pending ? `pending: ${d.pending}` : d.state, d.haPriority, String(d.moves), String(d.restarts),
    ])));
  }
  for (const p of s.problems) lines.push(`warning: skipped a malformed record: ${p}`);
  return lines.join('\n');
}

function formatList(domains: ClusterStatus['domains']): string {
  return table(['Name', 'Host', 'Mem', 'VCPUs', 'State', 'HA', 'Disks'], domains.map((d) => [
    d.name, d.target ? `${d.host ?? '-'}→${d.target}` : d.host ?? '-', String(d.memoryMb), String(d.vcpus),
    d.pending ? `pending: ${d.pending}` : d.state, d.haPriority, d.disks.join(' ') || '-',
  ]));
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
