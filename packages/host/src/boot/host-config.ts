/**
 * `hvsim boot --config HOST.cfg`: the host's own settings in xl.cfg syntax.
 *
 *   pcpus = 2
 *   memory = 4096          # MiB of machine memory
 *   sched = "credit"
 *   seed = 7
 *   pace = "realtime"      # or "max"
 *   dom0_mem = 128         # MiB
 *   datastore = "/srv/hvsim/images"   # disk targets resolve here (relative: to HOST.cfg's directory)
 *   bridges = [ "xenbr0", "xenbr1 vlan-aware" ]   # the host's bridges (default: xenbr0)
 *   uplinks = [ "xenbr0 vxlan vni=42 local=10.0.0.1 remote=10.0.0.2" ]   # VXLAN to other hosts
 *   cluster = "http://127.0.0.1:2379"  # join the cluster whose etcd this is ...
 *   host_name = "h1"                   # ... as this host (both or neither)
 *   autostart = [ "images/demo/hello.cfg",
 *                 "images/demo/spin.cfg name=spin2 cpu_weight=512" ]
 *
 * An autostart entry is a domain config file (relative to HOST.cfg's directory) optionally
 * followed by key=value overrides, as on `hvsim create`'s command line. Command-line flags
 * win over the file. Errors name the file, line and key.
 */
import * as path from 'node:path';
import { ConfigError, parseBridgeSpec, parseUplinkSpec, parseXlCfg, type AutostartEntry, type BridgeSpec, type UplinkSpec, type XlSetting } from '@hvsim/dom0';
import { MAX_CONFIG_BYTES, readRegularFileSync } from '@hvsim/files';
import type { Pace } from './time-driver';

export interface HostConfig {
  pcpus?: number;
  memoryMb?: number;
  sched?: 'credit';
  seed?: number;
  pace?: Pace;
  dom0MemoryMb?: number;
  /** Absolute path of the datastore directory. */
  datastore?: string;
  /** The host's bridges, when declared. */
  bridges?: BridgeSpec[];
  /** VXLAN uplinks of the bridges, when declared. */
  uplinks?: UplinkSpec[];
  /** The cluster's etcd URL, and this host's name in it. */
  cluster?: string;
  hostName?: string;
  autostart: AutostartEntry[];
}

/** Parses a bridge declaration into `specs`; throws when it is bad or names a bridge twice. */
function addBridge(specs: BridgeSpec[], text: string): void {
  const spec = parseBridgeSpec(text);
  if (specs.some((b) => b.name === spec.name)) throw new Error(`bridge ${spec.name} is declared twice`);
  specs.push(spec);
}

/** `hvsim boot --bridge` declarations (they replace the config file's). */
export function parseBridgeFlags(flags: readonly string[]): BridgeSpec[] {
  const specs: BridgeSpec[] = [];
  for (const flag of flags) addBridge(specs, flag);
  return specs;
}

/** `hvsim boot --uplink` declarations (they replace the config file's). */
export function parseUplinkFlags(flags: readonly string[]): UplinkSpec[] {
  return flags.map(parseUplinkSpec);
}

type Reader = (s: XlSetting, file: string, out: HostConfig) => void;

function atomText(s: XlSetting, file: string): string {
  if (s.value.kind === 'list') throw new ConfigError(file, s.line, s.key, 'expected a single value, not a list');
  return s.value.text;
}

function integer(min: number, max: number, set: (out: HostConfig, n: number) => void): Reader {
  return (s, file, out) => {
    const text = atomText(s, file);
    const n = /^(0x[0-9a-f]+|\d+)$/i.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(file, s.line, s.key, `expected a whole number ${min}..${max}, got ${JSON.stringify(text)}`);
    set(out, n);
  };
}

function oneOf<T extends string>(choices: readonly T[], set: (out: HostConfig, v: T) => void): Reader {
  return (s, file, out) => {
    const text = atomText(s, file);
    if (!(choices as readonly string[]).includes(text)) throw new ConfigError(file, s.line, s.key, `expected one of ${choices.join(', ')}, got ${JSON.stringify(text)}`);
    set(out, text as T);
  };
}

const READERS: Record<string, Reader> = {
  pcpus: integer(1, 32, (o, n) => { o.pcpus = n; }),
  memory: integer(1, 1 << 20, (o, n) => { o.memoryMb = n; }),
  seed: integer(0, 0xffff_ffff, (o, n) => { o.seed = n; }),
  dom0_mem: integer(1, 1 << 20, (o, n) => { o.dom0MemoryMb = n; }),
  sched: oneOf(['credit'] as const, (o, v) => { o.sched = v; }),
  pace: oneOf(['max', 'realtime'] as const, (o, v) => { o.pace = v; }),
  datastore: (s, file, out) => {
    const dir = atomText(s, file);
    if (dir === '') throw new ConfigError(file, s.line, s.key, 'expected a directory, got ""');
    out.datastore = path.resolve(path.dirname(path.resolve(file)), dir);
  },
  bridges: (s, file, out) => {
    const items = s.value.kind === 'list' ? s.value.items : [s.value];
    const specs: BridgeSpec[] = [];
    for (const item of items) {
      try {
        addBridge(specs, item.text);
      } catch (err) {
        throw new ConfigError(file, item.line, s.key, (err as Error).message);
      }
    }
    out.bridges = specs;
  },
  uplinks: (s, file, out) => {
    const items = s.value.kind === 'list' ? s.value.items : [s.value];
    out.uplinks = items.map((item) => {
      try {
        return parseUplinkSpec(item.text);
      } catch (err) {
        throw new ConfigError(file, item.line, s.key, (err as Error).message);
      }
    });
  },
  cluster: (s, file, out) => {
    const url = atomText(s, file);
    if (!/^https?:\/\/\S+$/.test(url)) throw new ConfigError(file, s.line, s.key, `expected an etcd URL (http://HOST:PORT), got ${JSON.stringify(url)}`);
    out.cluster = url;
  },
  host_name: (s, file, out) => {
    const name = atomText(s, file);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) throw new ConfigError(file, s.line, s.key, `expected a host name (letters, digits, '.', '_', '-'), got ${JSON.stringify(name)}`);
    out.hostName = name;
  },
  autostart: (s, file, out) => {
    const items = s.value.kind === 'list' ? s.value.items : [s.value];
    for (const item of items) {
      const words = item.text.trim().split(/\s+/).filter((w) => w.length > 0);
      if (words.length === 0) throw new ConfigError(file, item.line, s.key, 'empty entry');
      const [cfg, ...overrides] = words;
      for (const o of overrides) if (!o.includes('=')) throw new ConfigError(file, item.line, s.key, `bad override ${JSON.stringify(o)}: expected key=value`);
      out.autostart.push({ file: path.resolve(path.dirname(path.resolve(file)), cfg), overrides });
    }
  },
};

export function parseHostConfig(text: string, file: string): HostConfig {
  const out: HostConfig = { autostart: [] };
  for (const s of parseXlCfg(text, file)) {
    const read = READERS[s.key];
    if (read === undefined) throw new ConfigError(file, s.line, s.key, `unknown host setting (known: ${Object.keys(READERS).join(', ')})`);
    if (s.op === '+=' && s.key !== 'autostart') throw new ConfigError(file, s.line, s.key, '+= applies only to autostart');
    read(s, file, out);
  }
  return out;
}

export function readHostConfig(file: string): HostConfig {
  let text: string;
  try {
    text = readRegularFileSync(file, MAX_CONFIG_BYTES).toString('utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read host config (${(err as Error).message})`);
  }
  return parseHostConfig(text, file);
}
