/**
 * MAC addresses for vifs configured without one. libxl draws three random octets after Xen's
 * OUI (00:16:3e); hvsim draws them from a generator seeded with the host's seed and the
 * domain's UUID, so a run is reproducible while two domains (or two vifs of one) get
 * different addresses. Drawn once, at create: the address is then part of the domain's
 * config and travels with it through save, restore and migration.
 */
import { createHash } from 'node:crypto';
import { XEN_OUI, type VifSpec } from '../config/vif-spec';

/** `vifs` with a MAC for every one that had none, avoiding the others' addresses and `inUse`. */
export function assignVifMacs(vifs: readonly VifSpec[], seed: number, uuid: string, inUse: readonly string[] = []): VifSpec[] {
  const taken = new Set([...inUse, ...vifs.map((v) => v.mac).filter((m): m is string => m !== null)]);
  return vifs.map((v) => {
    if (v.mac !== null) return v;
    for (let draw = 0; ; draw++) {
      const digest = createHash('sha256').update(`${seed}\0${uuid}\0${v.devid}\0${draw}`).digest();
      const mac = `${XEN_OUI}:${[digest[0] & 0x7f, digest[1], digest[2]].map((o) => o.toString(16).padStart(2, '0')).join(':')}`;
      if (!taken.has(mac)) {
        taken.add(mac);
        return { ...v, mac };
      }
    }
  });
}
