/**
 * Where a split device's xenstore directories are, for any device class ("vbd", "vif"), as
 * libxl lays them out: the backend's under dom0's tree, the frontend's under the guest's.
 */
import { domainPath, type Xenstored } from '../xenstore';

export type DeviceClass = 'vbd' | 'vif';

/** The backend's directory for all of a domain's devices of a class (removed with the last one). */
export function backendDir(kind: DeviceClass, domid: number): string {
  return `/local/domain/0/backend/${kind}/${domid}`;
}

export function backendPath(kind: DeviceClass, domid: number, devid: number): string {
  return `${backendDir(kind, domid)}/${devid}`;
}

export function frontendPath(kind: DeviceClass, domid: number, devid: number): string {
  return `${domainPath(domid)}/device/${kind}/${devid}`;
}

/** Removes both directories of a device, and the backend's per-domain directory once empty. */
export function removeDeviceEntries(xs: Xenstored, kind: DeviceClass, domid: number, devid: number): void {
  xs.batch((b) => {
    b.rm(backendPath(kind, domid, devid));
    b.rm(frontendPath(kind, domid, devid));
  });
  const dir = backendDir(kind, domid);
  if (xs.exists(dir) && xs.directory(dir).length === 0) xs.rm(dir);
}
