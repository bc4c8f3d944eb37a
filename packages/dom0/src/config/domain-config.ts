/**
 * A domain's configuration as xl reads it: the keys of xl.cfg(5) this simulator supports,
 * typed and checked, with xl's defaults. Command-line `key=value` overrides are parsed as
 * further config text after the file, so they replace (or with `+=`, extend) its settings.
 */
import * as path from 'node:path';
import { ConfigError, ConfigWarning } from './config-error';
import { CpuAffinity, CpuSet, parseCpuSet } from './cpu-affinity';
import { DiskSpec, parseDiskSpec } from './disk-spec';
import { parseVifSpec, VifSpec } from './vif-spec';
import { XlAtom, XlSetting, XlValue, parseXlCfg } from './xl-cfg-syntax';

export type DomainType = 'pv' | 'hvm';

/** What to do when the domain shuts down for a reason (xl.cfg(5) "Event Actions"). */
export type ShutdownAction = 'destroy' | 'restart' | 'preserve' | 'rename-restart' | 'coredump-destroy' | 'coredump-restart';

export const SHUTDOWN_ACTIONS: readonly ShutdownAction[] = ['destroy', 'restart', 'preserve', 'rename-restart', 'coredump-destroy', 'coredump-restart'];

export interface DomainConfig {
  name: string;
  type: DomainType;
  /** MiB of RAM at boot (xl's `memory`). */
  memory: number;
  /** MiB the domain may balloon up to (xl's `maxmem`; defaults to `memory`). */
  maxmem: number;
  vcpus: number;
  maxvcpus: number;
  /** Hard affinity, or null for any pCPU. */
  cpus: CpuAffinity | null;
  /** Credit scheduler weight, or null for the scheduler's default. */
  cpuWeight: number | null;
  /** Credit cap in % of one pCPU (0 = none), or null for the default. */
  cap: number | null;
  /** Absolute path of the kernel ELF. */
  kernel: string;
  cmdline: string;
  onPoweroff: ShutdownAction;
  onReboot: ShutdownAction;
  onCrash: ShutdownAction;
  onWatchdog: ShutdownAction;
  /** Virtual block devices (xl's `disk`), in the order given. */
  disks: DiskSpec[];
  /** Virtual network interfaces (xl's `vif`), in the order given; each has its devid. */
  vifs: VifSpec[];
  /** The highest event-channel port the domain may use (xl's `max_event_channels`; libxl
   *  hands it to the hypervisor as max_evtchn_port): ports 1..N. */
  maxEventChannels: number;
}

export interface ParsedDomainConfig {
  config: DomainConfig;
  warnings: ConfigWarning[];
  /** Where each of config.disks was written (its file and line), for errors found at create. */
  diskSources: Array<{ file: string; line: number }>;
  /** Where each of config.vifs was written. */
  vifSources: Array<{ file: string; line: number }>;
}

/** The name overrides are reported under, as xl reports them. */
export const COMMAND_LINE_SOURCE = 'command line';

/** xl's defaults where xl.cfg(5) gives one (memory: libxl's 32 MiB when unset). */
const DEFAULT_MEMORY_MIB = 32;
/** Guest RAM starts at 0x8000_0000 in a 32-bit guest-physical space. */
const MAX_MEMORY_MIB = 2048;
/** Xen's limit for a guest's vCPUs on Arm (GUEST_MAX_VCPUS). */
const MAX_VCPUS = 128;
/** The longest start_info cmd_line (MAX_GUEST_CMDLINE), minus its NUL. */
const MAX_CMDLINE = 1023;
/** libxl's max_event_channels when unset or 0 (libxl__domain_build_info_setdefault). */
export const DEFAULT_MAX_EVENT_CHANNELS = 1023;
/** The most ports any event-channel ABI names (the FIFO ABI's 2^17, less port 0). */
export const MAX_EVENT_CHANNELS = 131071;

const KNOWN_KEYS = new Set([
  'name', 'type', 'memory', 'maxmem', 'vcpus', 'maxvcpus', 'cpus', 'cpu_weight', 'cap',
  'kernel', 'cmdline', 'extra', 'on_poweroff', 'on_reboot', 'on_crash', 'on_watchdog', 'disk', 'vif',
  'max_event_channels',
]);

/**
 * Parses a domain config file's text plus command-line overrides into a DomainConfig.
 * `file` is used in messages and, with `baseDir` (default: the file's directory), to resolve
 * `kernel`. Throws ConfigError naming file, line and key.
 */
export function parseDomainConfig(text: string, file: string, overrides: readonly string[] = [], baseDir = path.dirname(path.resolve(file))): ParsedDomainConfig {
  return parseWithDefaults(text, file, overrides, baseDir, DEFAULT_MAX_EVENT_CHANNELS);
}

/**
 * Parses the config a save image or a migration stream carries (formatDomainConfig's text).
 * That text names `max_event_channels` since hvsim has the bound; one without it was saved
 * by an hvsim that had none, whose domain could use every port the ABI names, and keeps them.
 */
export function parseSavedDomainConfig(text: string, file: string): ParsedDomainConfig {
  return parseWithDefaults(text, file, [], '/', MAX_EVENT_CHANNELS);
}

function parseWithDefaults(text: string, file: string, overrides: readonly string[], baseDir: string, defaultMaxEventChannels: number): ParsedDomainConfig {
  const settings = [...parseXlCfg(text, file), ...parseOverrides(overrides)];
  const warnings: ConfigWarning[] = [];
  for (const s of settings) {
    if (!KNOWN_KEYS.has(s.key)) {
      warnings.push({ file: s.file, line: s.line, key: s.key, message: `${s.file}:${s.line}: ${s.key}: unknown setting, ignored` });
    }
  }
  const merged = mergeSettings(settings);
  const config = toDomainConfig(merged, file, baseDir, defaultMaxEventChannels);
  return { config, warnings, diskSources: itemSources(merged.get('disk')), vifSources: itemSources(merged.get('vif')) };
}

/**
 * Parses `key=value` arguments as xl does: each is config text from the "command line"
 * source (line N = the Nth argument). A value the shell stripped of its quotes (`name=web`)
 * is taken as a string, since that is plainly what the user meant.
 */
export function parseOverrides(overrides: readonly string[]): XlSetting[] {
  return overrides.flatMap((arg, index) => {
    const line = index + 1;
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new ConfigError(COMMAND_LINE_SOURCE, line, null, `expected KEY=VALUE, got ${JSON.stringify(arg)}`);
    // Padding with newlines makes the parser report the argument's position as the line.
    const padded = '\n'.repeat(index) + arg;
    try {
      return parseXlCfg(padded, COMMAND_LINE_SOURCE);
    } catch (err) {
      const key = arg.slice(0, eq).replace(/\+$/, '').trim();
      const raw = arg.slice(eq + 1);
      if (!(err instanceof ConfigError) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || /["'[\]]/.test(raw)) throw err;
      const op: '=' | '+=' = arg[eq - 1] === '+' ? '+=' : '=';
      return [{ key, op, value: { kind: 'string' as const, text: raw.trim(), line }, file: COMMAND_LINE_SOURCE, line }];
    }
  });
}

/** A setting after `+=` has been applied: the value and where it was (last) set. */
interface MergedSetting {
  value: XlValue;
  file: string;
  line: number;
}

/** Later settings replace earlier ones; `+=` appends to a list or a string (xl's rules). */
function mergeSettings(settings: XlSetting[]): Map<string, MergedSetting> {
  const merged = new Map<string, MergedSetting>();
  for (const s of settings) {
    const prev = merged.get(s.key);
    if (s.op === '=' || prev === undefined) {
      merged.set(s.key, { value: s.value, file: s.file, line: s.line });
      continue;
    }
    const a = prev.value;
    const b = s.value;
    let value: XlValue;
    if (a.kind === 'list') {
      value = { kind: 'list', items: [...a.items, ...(b.kind === 'list' ? b.items : [b])], line: a.line };
    } else if (b.kind === 'list') {
      throw new ConfigError(s.file, s.line, s.key, 'cannot append a list to a string');
    } else {
      value = { kind: 'string', text: a.text + b.text, line: a.line };
    }
    merged.set(s.key, { value, file: s.file, line: s.line });
  }
  return merged;
}

/** Reads typed values out of the merged settings, each error naming file, line and key. */
class Reader {
  constructor(private readonly settings: Map<string, MergedSetting>, private readonly file: string) {}

  has(key: string): boolean {
    return this.settings.has(key);
  }

  fail(key: string, detail: string): never {
    const s = this.settings.get(key);
    throw new ConfigError(s?.file ?? this.file, s?.line ?? 0, key, detail);
  }

  string(key: string): string | null {
    const s = this.settings.get(key);
    if (s === undefined) return null;
    if (s.value.kind === 'list') this.fail(key, 'expected a string, got a list');
    return s.value.text;
  }

  /** An integer in [min, max]; xl accepts numbers written as strings too. */
  integer(key: string, min: number, max: number): number | null {
    const s = this.settings.get(key);
    if (s === undefined) return null;
    if (s.value.kind === 'list') this.fail(key, 'expected a number, got a list');
    const n = parseInteger(s.value);
    if (n === null) this.fail(key, `expected a number, got ${JSON.stringify(s.value.text)}`);
    if (n < min || n > max) this.fail(key, `${n} is out of range (${min}-${max})`);
    return n;
  }

  oneOf<T extends string>(key: string, choices: readonly T[]): T | null {
    const text = this.string(key);
    if (text === null) return null;
    if (!(choices as readonly string[]).includes(text)) {
      this.fail(key, `expected one of ${choices.join(', ')}, got ${JSON.stringify(text)}`);
    }
    return text as T;
  }

  /** xl's `disk`: a list of disk specs (a single string is taken as a list of one). */
  disks(key: string): DiskSpec[] {
    const s = this.settings.get(key);
    if (s === undefined) return [];
    const items = s.value.kind === 'list' ? s.value.items : [s.value];
    const disks: DiskSpec[] = [];
    for (const item of items) {
      let disk: DiskSpec;
      try {
        disk = parseDiskSpec(item.text);
      } catch (err) {
        throw new ConfigError(s.file, item.line, key, (err as Error).message);
      }
      if (disks.some((d) => d.devid === disk.devid)) throw new ConfigError(s.file, item.line, key, `vdev ${disk.vdev} is given twice`);
      disks.push(disk);
    }
    return disks;
  }

  /** xl's `vif`: a list of vif specs; devids are given in order to those without one, as libxl does. */
  vifs(key: string): VifSpec[] {
    const s = this.settings.get(key);
    if (s === undefined) return [];
    const items = s.value.kind === 'list' ? s.value.items : [s.value];
    const vifs: VifSpec[] = [];
    for (const item of items) {
      let vif: VifSpec;
      try {
        vif = parseVifSpec(item.text);
      } catch (err) {
        throw new ConfigError(s.file, item.line, key, (err as Error).message);
      }
      if (vif.devid === null) {
        let devid = 0;
        while (vifs.some((v) => v.devid === devid)) devid++;
        vif = { ...vif, devid };
      } else if (vifs.some((v) => v.devid === vif.devid)) {
        throw new ConfigError(s.file, item.line, key, `devid ${vif.devid} is given twice`);
      }
      if (vif.mac !== null && vifs.some((v) => v.mac === vif.mac)) throw new ConfigError(s.file, item.line, key, `mac ${vif.mac} is given twice`);
      vifs.push(vif);
    }
    return vifs;
  }

  cpus(key: string): CpuAffinity | null {
    const s = this.settings.get(key);
    if (s === undefined) return null;
    const parse = (atom: XlAtom): CpuSet => {
      if (atom.text.startsWith('nodes:')) this.fail(key, 'NUMA node affinity ("nodes:") is not supported');
      const set = parseCpuSet(atom.text);
      if (set === null) this.fail(key, `expected a CPU list like "0-3,^1" or "all", got ${JSON.stringify(atom.text)}`);
      return set;
    };
    if (s.value.kind === 'list') {
      if (s.value.items.length === 0) this.fail(key, 'expected at least one CPU list, got an empty list');
      return { perVcpu: true, sets: s.value.items.map(parse) };
    }
    return { perVcpu: false, sets: [parse(s.value)] };
  }
}

function parseInteger(atom: XlAtom): number | null {
  const text = atom.text.trim();
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (/^0[xX][0-9A-Fa-f]+$/.test(text)) return parseInt(text.slice(2), 16);
  return null;
}

function toDomainConfig(settings: Map<string, MergedSetting>, file: string, baseDir: string, defaultMaxEventChannels: number): DomainConfig {
  const r: Reader = new Reader(settings, file);

  const name = r.string('name');
  if (name === null) r.fail('name', 'required setting is missing');
  checkName(r, name);

  const memory = r.integer('memory', 1, MAX_MEMORY_MIB) ?? DEFAULT_MEMORY_MIB;
  const maxmem = r.integer('maxmem', 1, MAX_MEMORY_MIB) ?? memory;
  if (maxmem < memory) r.fail('maxmem', `${maxmem} is less than memory (${memory})`);

  const vcpus = r.integer('vcpus', 1, MAX_VCPUS) ?? 1;
  const maxvcpus = r.integer('maxvcpus', 1, MAX_VCPUS) ?? vcpus;
  if (maxvcpus < vcpus) r.fail('maxvcpus', `${maxvcpus} is less than vcpus (${vcpus})`);

  const kernel = r.string('kernel');
  if (kernel === null) r.fail('kernel', 'required setting is missing');
  if (kernel === '') r.fail('kernel', 'expected a path, got ""');

  // xl: `cmdline` wins over `extra`.
  const cmdline = r.string('cmdline') ?? r.string('extra') ?? '';
  if (Buffer.byteLength(cmdline, 'utf8') > MAX_CMDLINE) r.fail(r.has('cmdline') ? 'cmdline' : 'extra', `longer than ${MAX_CMDLINE} bytes`);

  return {
    name,
    type: r.oneOf<DomainType>('type', ['pv', 'hvm']) ?? 'pv',
    memory,
    maxmem,
    vcpus,
    maxvcpus,
    cpus: r.cpus('cpus'),
    cpuWeight: r.integer('cpu_weight', 1, 65535),
    cap: r.integer('cap', 0, 65535),
    kernel: path.resolve(baseDir, kernel),
    cmdline,
    onPoweroff: r.oneOf('on_poweroff', SHUTDOWN_ACTIONS) ?? 'destroy',
    onReboot: r.oneOf('on_reboot', SHUTDOWN_ACTIONS) ?? 'restart',
    onCrash: r.oneOf('on_crash', SHUTDOWN_ACTIONS) ?? 'destroy',
    onWatchdog: r.oneOf('on_watchdog', SHUTDOWN_ACTIONS) ?? 'destroy',
    disks: r.disks('disk'),
    vifs: r.vifs('vif'),
    // 0 is libxl's "unset", as an absent key.
    maxEventChannels: r.integer('max_event_channels', 0, MAX_EVENT_CHANNELS) || defaultMaxEventChannels,
  };
}

/** Where each item of a list setting was written. */
function itemSources(s: MergedSetting | undefined): Array<{ file: string; line: number }> {
  if (s === undefined) return [];
  const items = s.value.kind === 'list' ? s.value.items : [s.value];
  return items.map((item) => ({ file: s.file, line: item.line }));
}

/** A name that a domain can be found by unambiguously: not a domid, no path separators.
 *  Returns what is wrong with `name`, or null. */
export function domainNameProblem(name: string): string | null {
  if (name === '') return 'expected a domain name, got ""';
  if (/^[0-9]+$/.test(name)) return `${JSON.stringify(name)} looks like a domain ID; names must not be all digits`;
  if (/[/\s\x00-\x1f\x7f]/.test(name)) return `${JSON.stringify(name)} contains "/", whitespace or a control character`;
  if (name.length > 64) return 'longer than 64 characters';
  return null;
}

function checkName(r: Reader, name: string): void {
  const problem = domainNameProblem(name);
  if (problem !== null) r.fail('name', problem);
}
