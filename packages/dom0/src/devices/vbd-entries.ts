/**
 * A virtual block device's xenstore entries as libxl writes them (libxl__device_disk_add):
 *   /local/domain/0/backend/vbd/<domid>/<devid>/   dom0's, readable by the guest:
 *       frontend, frontend-id, online, removable, bootable, state, dev, type, mode, params,
 *       device-type, discard-enable
 *   /local/domain/<domid>/device/vbd/<devid>/      the guest's, readable by dom0:
 *       backend, backend-id, state, virtual-device, device-type
 * The backend (blkback.ts) adds what it knows about the disk (sectors, sector-size, info,
 * feature-*) as it moves through the XenbusState handshake.
 */
import { XenbusStateInitialising } from '@hvsim/abi';
import type { DiskSpec } from '../config/disk-spec';
import type { Xenstored } from '../xenstore';
import { backendPath, frontendPath, removeDeviceEntries } from './device-entries';

export function vbdBackendPath(domid: number, devid: number): string {
  return backendPath('vbd', domid, devid);
}

export function vbdFrontendPath(domid: number, devid: number): string {
  return frontendPath('vbd', domid, devid);
}

export function writeVbdEntries(xs: Xenstored, domid: number, disk: DiskSpec, file: string): void {
  const backendPath = vbdBackendPath(domid, disk.devid);
  const frontendPath = vbdFrontendPath(domid, disk.devid);
  xs.batch((b) => {
    const backend = b.dir(backendPath, [{ domid: 0, perm: 'n' }, { domid, perm: 'r' }]);
    b.write(backend, 'frontend', frontendPath);
    b.write(backend, 'frontend-id', String(domid));
    b.write(backend, 'online', '1');
    b.write(backend, 'removable', '0');
    b.write(backend, 'bootable', '1');
    b.write(backend, 'state', String(XenbusStateInitialising));
    b.write(backend, 'dev', disk.vdev);
    b.write(backend, 'type', 'phy');
    b.write(backend, 'mode', disk.access === 'rw' ? 'w' : 'r');
    b.write(backend, 'params', file);
    b.write(backend, 'device-type', disk.devtype);
    b.write(backend, 'discard-enable', disk.access === 'rw' ? '1' : '0');

    const frontend = b.dir(frontendPath, [{ domid, perm: 'n' }, { domid: 0, perm: 'r' }]);
    b.write(frontend, 'backend', backendPath);
    b.write(frontend, 'backend-id', '0');
    b.write(frontend, 'state', String(XenbusStateInitialising));
    b.write(frontend, 'virtual-device', String(disk.devid));
    b.write(frontend, 'device-type', disk.devtype);
  });
}

export function removeVbdEntries(xs: Xenstored, domid: number, devid: number): void {
  removeDeviceEntries(xs, 'vbd', domid, devid);
}
