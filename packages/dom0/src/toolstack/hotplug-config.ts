/**
 * A running domain's config follows its hot-plugged devices, as libxl keeps the domain's stored
 * config (libxl-json) current on device add and remove: block-attach / network-attach add the
 * device, block-detach / network-detach take it out. The config is what save images and
 * migration streams carry and what a restart rebuilds from, so a device plugged in after
 * create comes along to the restored or migrated domain, and a detached one does not.
 */
import type { DiskSpec } from '../config/disk-spec';
import type { DomainConfig } from '../config/domain-config';
import type { VifSpec } from '../config/vif-spec';

export function recordDisk(config: DomainConfig, disk: DiskSpec): void {
  config.disks = [...config.disks.filter((d) => d.devid !== disk.devid), disk];
}

export function forgetDisk(config: DomainConfig, devid: number): void {
  config.disks = config.disks.filter((d) => d.devid !== devid);
}

/** `vif` with its devid and MAC assigned (as it was plugged in). */
export function recordVif(config: DomainConfig, vif: VifSpec): void {
  config.vifs = [...config.vifs.filter((v) => v.devid !== vif.devid), vif];
}

export function forgetVif(config: DomainConfig, devid: number): void {
  config.vifs = config.vifs.filter((v) => v.devid !== devid);
}
