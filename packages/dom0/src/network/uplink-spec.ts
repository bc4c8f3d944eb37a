/**
 * Uplink declarations: `uplinks = [ "xenbr0 vxlan vni=42 local=127.0.0.1:4789 remote=10.0.0.2" ]`
 * in the host config (or `hvsim boot --uplink`). The words follow `ip link add ... type vxlan id
 * VNI local ADDR remote ADDR dstport PORT`:
 *
 *   BRIDGE vxlan vni=N remote=ADDR[:PORT] [local=ADDR[:PORT]]
 *
 * ADDR is a numeric IPv4 or IPv6 address (`[::1]:4789` with a port), PORT defaults to 4789
 * (IANA's VXLAN port); `local` defaults to 0.0.0.0:4789. Several uplinks of one bridge form an
 * active-backup team, the first declared being the primary path.
 */
import { isIP } from 'node:net';
import { VXLAN_PORT, VXLAN_VNI_MAX } from './vxlan';

export interface UdpAddress {
  host: string;
  port: number;
}

export interface UplinkSpec {
  bridge: string;
  vni: number;
  local: UdpAddress;
  remote: UdpAddress;
}

/** `ADDR`, `ADDR:PORT` or `[ADDR6]:PORT`, the address numeric. */
export function parseUdpAddress(text: string): UdpAddress {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(text) ?? /^([^:]+)(?::(\d+))?$/.exec(text) ?? /^([0-9a-fA-F:]+)()$/.exec(text);
  const host = m?.[1] ?? '';
  const port = m?.[2] ? Number(m[2]) : VXLAN_PORT;
  if (isIP(host) === 0) throw new Error(`bad address ${JSON.stringify(text)}: expected a numeric IP address, optionally :PORT`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port in ${JSON.stringify(text)}: expected 1..65535`);
  return { host, port };
}

/** Parses one declaration; throws an Error whose message says what is wrong with it. */
export function parseUplinkSpec(text: string): UplinkSpec {
  const [bridge, kind, ...options] = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (bridge === undefined) throw new Error('empty uplink declaration');
  if (kind !== 'vxlan') throw new Error(`uplink of ${bridge}: expected "vxlan" after the bridge's name, got ${JSON.stringify(kind ?? '')}`);
  const values = new Map<string, string>();
  for (const option of options) {
    const eq = option.indexOf('=');
    const key = eq < 0 ? option : option.slice(0, eq);
    if (!['vni', 'local', 'remote'].includes(key) || eq < 0) throw new Error(`uplink of ${bridge}: unknown option ${JSON.stringify(option)} (known: vni=N, remote=ADDR[:PORT], local=ADDR[:PORT])`);
    if (values.has(key)) throw new Error(`uplink of ${bridge}: ${key} given twice`);
    values.set(key, option.slice(eq + 1));
  }
  const vniText = values.get('vni');
  const vni = vniText !== undefined && /^\d+$/.test(vniText) ? Number(vniText) : NaN;
  if (!(vni >= 0 && vni <= VXLAN_VNI_MAX)) throw new Error(`uplink of ${bridge}: vni= must be 0..${VXLAN_VNI_MAX}${vniText === undefined ? ' (missing)' : `, got ${JSON.stringify(vniText)}`}`);
  const remoteText = values.get('remote');
  if (remoteText === undefined) throw new Error(`uplink of ${bridge}: remote=ADDR[:PORT] is missing`);
  try {
    const remote = parseUdpAddress(remoteText);
    const local = parseUdpAddress(values.get('local') ?? (isIP(remote.host) === 6 ? '::' : '0.0.0.0'));
    if (isIP(local.host) !== isIP(remote.host)) throw new Error('local and remote must both be IPv4 or both IPv6');
    return { bridge, vni, local, remote };
  } catch (err) {
    throw new Error(`uplink of ${bridge}: ${(err as Error).message}`);
  }
}

export function formatUdpAddress(a: UdpAddress): string {
  return isIP(a.host) === 6 ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}
