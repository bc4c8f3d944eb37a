/**
 * A DomainConfig written back as xl.cfg text (what `xl save` stores as the domain's config).
 * Parsing the text with parseDomainConfig gives the same DomainConfig, so a restore checks a
 * saved config exactly as `xl create` checks a file.
 */
import type { CpuSet } from './cpu-affinity';
import { formatDiskSpec } from './disk-spec';
import type { DomainConfig } from './domain-config';
import { formatVifSpec } from './vif-spec';

const ESCAPES: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', '"': '\\"' };

export function formatDomainConfig(c: DomainConfig): string {
  const lines = [
    `name = ${quote(c.name)}`,
    `type = ${quote(c.type)}`,
    `memory = ${c.memory}`,
    `maxmem = ${c.maxmem}`,
    `vcpus = ${c.vcpus}`,
    `maxvcpus = ${c.maxvcpus}`,
  ];
  if (c.cpus !== null) {
    const sets = c.cpus.sets.map((s) => quote(formatCpuSet(s)));
    lines.push(`cpus = ${c.cpus.perVcpu ? `[${sets.join(', ')}]` : sets[0]}`);
  }
  if (c.cpuWeight !== null) lines.push(`cpu_weight = ${c.cpuWeight}`);
  if (c.cap !== null) lines.push(`cap = ${c.cap}`);
  lines.push(
    `kernel = ${quote(c.kernel)}`,
    `cmdline = ${quote(c.cmdline)}`,
    `on_poweroff = ${quote(c.onPoweroff)}`,
    `on_reboot = ${quote(c.onReboot)}`,
    `on_crash = ${quote(c.onCrash)}`,
    `on_watchdog = ${quote(c.onWatchdog)}`,
  );
  if (c.disks.length > 0) lines.push(`disk = [ ${c.disks.map((d) => quote(formatDiskSpec(d))).join(', ')} ]`);
  if (c.vifs.length > 0) lines.push(`vif = [ ${c.vifs.map((v) => quote(formatVifSpec(v))).join(', ')} ]`);
  // Always written: a saved config without it is read as one from before the bound (parseSavedDomainConfig).
  lines.push(`max_event_channels = ${c.maxEventChannels}`);
  return lines.join('\n') + '\n';
}

function formatCpuSet(s: CpuSet): string {
  const parts = [...(s.all ? ['all'] : []), ...s.include.map(String), ...s.exclude.map((n) => `^${n}`)];
  return parts.join(',');
}

function quote(text: string): string {
  let out = '"';
  for (const ch of text) out += ESCAPES[ch] ?? ch;
  return out + '"';
}
