/**
 * A virtual network interface's xenstore entries as libxl writes them (libxl__device_nic_add):
 *   /local/domain/0/backend/vif/<domid>/<devid>/   dom0's, readable by the guest:
 *       frontend, frontend-id, online, state, mac, bridge, handle, type, hotplug-status, ip
 *   /local/domain/<domid>/device/vif/<devid>/      the guest's, readable by dom0:
 *       backend, backend-id, state, handle, mac
 * netback (netback.ts) adds its feature-* keys as it goes InitWait; the frontend writes
 * tx-ring-ref, rx-ring-ref, event-channel, request-rx-copy and its own feature-* keys.
 * hvsim runs no hotplug script (dom0 plugs the vif into its bridge itself), so it writes
 * hotplug-status = connected as the script would.
 */
import { XenbusStateInitialising } from '@hvsim/abi';
import type { VifSpec } from '../config/vif-spec';
import type { Xenstored } from '../xenstore';
import { backendPath, frontendPath, removeDeviceEntries } from './device-entries';

export function vifBackendPath(domid: number, devid: number): string {
  return backendPath('vif', domid, devid);
}

export function vifFrontendPath(domid: number, devid: number): string {
  return frontendPath('vif', domid, devid);
}

/** `vif` has its devid and MAC (the toolstack assigned them). */
export function writeVifEntries(xs: Xenstored, domid: number, vif: VifSpec, devid: number, mac: string): void {
  const backendPath = vifBackendPath(domid, devid);
  const frontendPath = vifFrontendPath(domid, devid);
  xs.batch((b) => {
    const backend = b.dir(backendPath, [{ domid: 0, perm: 'n' }, { domid, perm: 'r' }]);
    b.write(backend, 'frontend', frontendPath);
    b.write(backend, 'frontend-id', String(domid));
    b.write(backend, 'online', '1');
    b.write(backend, 'state', String(XenbusStateInitialising));
    b.write(backend, 'mac', mac);
    b.write(backend, 'bridge', vif.bridge);
    b.write(backend, 'handle', String(devid));
    b.write(backend, 'type', 'vif');
    b.write(backend, 'hotplug-status', 'connected');
    if (vif.ip !== null) b.write(backend, 'ip', vif.ip);

    const frontend = b.dir(frontendPath, [{ domid, perm: 'n' }, { domid: 0, perm: 'r' }]);
    b.write(frontend, 'backend', backendPath);
    b.write(frontend, 'backend-id', '0');
    b.write(frontend, 'state', String(XenbusStateInitialising));
    b.write(frontend, 'handle', String(devid));
    b.write(frontend, 'mac', mac);
  });
}

export function removeVifEntries(xs: Xenstored, domid: number, devid: number): void {
  removeDeviceEntries(xs, 'vif', domid, devid);
}
