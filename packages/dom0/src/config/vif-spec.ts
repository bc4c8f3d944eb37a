/**
 * xl's network interface specification (xl-network-configuration(5)): comma-separated
 * `key=value` pairs, each key at most once.
 *
 *   "mac=00:16:3e:01:02:03, bridge=xenbr0, vlan=10"
 *
 * hvsim serves PV vifs (type=vif) from dom0's netback, each plugged into a bridge of the host
 * (default xenbr0); `vlan=N` makes the vif an 802.1Q access port of VLAN N. Without `mac` the
 * toolstack gives one from Xen's OUI 00:16:3e (see vif-mac.ts). Whether the bridge exists is
 * the host's matter, checked when the domain is created.
 */
import { DEFAULT_BRIDGE } from '../network/bridge-directory';
import { formatMac, parseMac } from '../network/ethernet';

export interface VifSpec {
  /** "00:16:3e:01:02:03" (lower case), or null until the toolstack assigns one. */
  mac: string | null;
  bridge: string;
  /** 802.1Q access VLAN (1..4094), or null for an untagged port. */
  vlan: number | null;
  /** The device number (xenstore directory name); null = the next free one. */
  devid: number | null;
  /** The backend interface's name in dom0 (xl's vifname; default vif<domid>.<devid>). */
  vifname: string | null;
  /** Addresses the guest is said to use (xl's ip=; written to xenstore, not enforced). */
  ip: string | null;
}

/** Xen's OUI: libxl's random MACs start with it. */
export const XEN_OUI = '00:16:3e';

const KEYS = ['mac', 'bridge', 'vlan', 'devid', 'vifname', 'ip', 'type', 'model', 'backend', 'script'];

/** Parses one vif spec; throws an Error whose message names the key at fault. */
export function parseVifSpec(text: string): VifSpec {
  const given = new Map<string, string>();
  for (const raw of text.split(',')) {
    const param = raw.trim();
    if (param === '') continue;
    const eq = param.indexOf('=');
    if (eq < 0) throw new Error(`expected KEY=VALUE, got ${JSON.stringify(param)}`);
    const key = param.slice(0, eq).trim();
    if (!KEYS.includes(key)) throw new Error(`unknown vif parameter ${JSON.stringify(key)} (known: ${KEYS.join(', ')})`);
    if (given.has(key)) throw new Error(`${key} given twice in ${JSON.stringify(text)}`);
    given.set(key, param.slice(eq + 1).trim());
  }
  return checkSpec(given);
}

function checkSpec(given: Map<string, string>): VifSpec {
  const macText = given.get('mac');
  const mac = macText === undefined ? null : parseVifMac(macText);
  const bridge = given.get('bridge') ?? DEFAULT_BRIDGE;
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(bridge)) throw new Error(`bridge ${JSON.stringify(bridge)}: expected an interface name (1-15 of A-Z a-z 0-9 _ . -)`);
  const vlan = optionalInt(given, 'vlan', 1, 4094);
  const devid = optionalInt(given, 'devid', 0, 65535);
  const vifname = given.get('vifname') ?? null;
  if (vifname !== null && !/^[A-Za-z0-9_.-]{1,15}$/.test(vifname)) throw new Error(`vifname ${JSON.stringify(vifname)}: expected an interface name`);
  const type = given.get('type') ?? 'vif';
  if (type !== 'vif') throw new Error(`type ${JSON.stringify(type)} is not supported (only vif: a PV interface)`);
  const backend = given.get('backend');
  if (backend !== undefined && backend !== '0' && backend !== 'Domain-0') throw new Error(`backend ${JSON.stringify(backend)}: vifs are served by dom0 only`);
  const script = given.get('script');
  if (script !== undefined) throw new Error('script: hotplug scripts are not run (dom0 plugs the vif into its bridge itself)');
  const model = given.get('model');
  if (model !== undefined) throw new Error('model: emulated NICs are not supported (PV vifs only)');
  const ip = given.get('ip') ?? null;
  if (ip !== null && !/^[0-9. ]+$/.test(ip)) throw new Error(`ip ${JSON.stringify(ip)}: expected IPv4 addresses separated by spaces`);
  return { mac, bridge, vlan, devid, vifname, ip };
}

function optionalInt(given: Map<string, string>, key: string, min: number, max: number): number | null {
  const t = given.get(key);
  if (t === undefined) return null;
  if (!/^[0-9]{1,5}$/.test(t) || Number(t) < min || Number(t) > max) throw new Error(`${key} ${JSON.stringify(t)}: expected an integer ${min}..${max}`);
  return Number(t);
}

/** A vif's MAC address (six hex octets, unicast, not all zero), lower case. */
export function parseVifMac(text: string): string {
  const bytes = parseMac(text);
  if (bytes === null) throw new Error(`mac ${JSON.stringify(text)}: expected six hex octets like 00:16:3e:01:02:03`);
  const bad = (bytes[0] & 1) !== 0 ? 'a multicast address (the low bit of its first octet is set)' : bytes.every((b) => b === 0) ? 'the all-zero address' : null;
  if (bad !== null) throw new Error(`mac ${JSON.stringify(text)} is ${bad}; a vif needs a unicast address`);
  return formatMac(bytes);
}

/** The spec as xl.cfg text that parses back to the same spec. */
export function formatVifSpec(v: VifSpec): string {
  const parts: string[] = [];
  if (v.mac !== null) parts.push(`mac=${v.mac}`);
  parts.push(`bridge=${v.bridge}`);
  if (v.vlan !== null) parts.push(`vlan=${v.vlan}`);
  if (v.devid !== null) parts.push(`devid=${v.devid}`);
  if (v.vifname !== null) parts.push(`vifname=${v.vifname}`);
  if (v.ip !== null) parts.push(`ip=${v.ip}`);
  return parts.join(', ');
}
