/**
 * The bridges a host declares: `bridges = [ "xenbr0", "xenbr1 vlan-aware" ]` in the host config
 * (or `hvsim boot --bridge`). Without a declaration the host has one bridge, `xenbr0`, the
 * bridge xl's vif scripts use by default.
 *
 * A declaration is the bridge's name followed by options, as `ip link add NAME type bridge`
 * takes them: `vlan-aware` (802.1Q filtering, Linux's vlan_filtering 1) and `ageing=SECONDS`
 * (the MAC table's ageing time, default 300).
 */
import type { BridgeDirectory } from './bridge-port';
import { DEFAULT_AGEING_NS } from './mac-table';
import { VirtualSwitch } from './virtual-switch';

export interface BridgeSpec {
  name: string;
  vlanAware: boolean;
  /** MAC ageing time in virtual ns. */
  ageingNs: number;
}

export const DEFAULT_BRIDGE = 'xenbr0';
export const DEFAULT_BRIDGES: readonly BridgeSpec[] = [{ name: DEFAULT_BRIDGE, vlanAware: false, ageingNs: DEFAULT_AGEING_NS }];

/** A bridge's name as Linux allows an interface's: 1..15 characters (IFNAMSIZ - 1), no '/' or blanks. */
const BRIDGE_NAME = /^[A-Za-z0-9_.-]{1,15}$/;
/** Linux's bounds on ageing_time (seconds): 0 disables learning's expiry there; here at least 1 s. */
const MAX_AGEING_S = 1_000_000;

/** Parses one declaration; throws an Error whose message says what is wrong with it. */
export function parseBridgeSpec(text: string): BridgeSpec {
  const [name, ...options] = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (name === undefined) throw new Error('empty bridge declaration');
  if (!BRIDGE_NAME.test(name) || name === '.' || name === '..') throw new Error(`bad bridge name ${JSON.stringify(name)}: 1..15 of A-Z a-z 0-9 _ . -`);
  const spec: BridgeSpec = { name, vlanAware: false, ageingNs: DEFAULT_AGEING_NS };
  for (const option of options) {
    const ageing = /^ageing=(\d+)$/.exec(option);
    if (option === 'vlan-aware') {
      spec.vlanAware = true;
    } else if (ageing !== null && Number(ageing[1]) >= 1 && Number(ageing[1]) <= MAX_AGEING_S) {
      spec.ageingNs = Number(ageing[1]) * 1e9;
    } else {
      throw new Error(`bridge ${name}: unknown option ${JSON.stringify(option)} (known: vlan-aware, ageing=SECONDS 1..${MAX_AGEING_S})`);
    }
  }
  return spec;
}

/** The host's bridges, one VirtualSwitch each. */
export class Bridges implements BridgeDirectory {
  private readonly byName = new Map<string, VirtualSwitch>();

  /** Throws when two declarations name the same bridge. */
  constructor(specs: readonly BridgeSpec[], now: () => number, log?: (line: string) => void) {
    for (const spec of specs) {
      if (this.byName.has(spec.name)) throw new Error(`bridge ${spec.name} is declared twice`);
      this.byName.set(spec.name, new VirtualSwitch(spec.name, { now, vlanAware: spec.vlanAware, ageingNs: spec.ageingNs, log }));
    }
  }

  get(name: string): VirtualSwitch | undefined {
    return this.byName.get(name);
  }

  names(): readonly string[] {
    return [...this.byName.keys()];
  }

  /** The bridges in declaration order. */
  list(): readonly VirtualSwitch[] {
    return [...this.byName.values()];
  }
}
