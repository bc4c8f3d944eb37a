/**
 * The xenstore entries the toolstack keeps for a domain, laid out as Xen's libxl writes them
 * (libxl__domain_make, libxl__build_post, the primary console's device entries), with the same
 * permissions:
 *   /local/domain/N            owned by dom0, readable by N ("roperm"): name, domid, vm,
 *                              memory/{static-max,target}, cpu/I/availability,
 *                              store/{port,ring-ref}, control/platform-feature-*;
 *   .../control/shutdown, control/feature-*, control/sysrq, data, drivers, feature, attr,
 *   error                      owned by N ("rwperm"): the guest's to write;
 *   .../console                the console frontend, owned by N, readable by the backend (dom0);
 *   /vm/<uuid>                 roperm: uuid, name, start_time;
 *   /libxl/N                   dom0 only;
 *   /local/domain/0/backend/console/N/0   the console backend, dom0's, readable by N.
 */
import type { VirtualClock } from '../platform';
import type { BuiltDomainInfo } from '../platform';
import { domainPath, type Xenstored, type XsPerm } from '../xenstore';

/** LIBXL_XENCONSOLE_LIMIT: bytes of console output xenconsoled buffers. */
const XENCONSOLE_LIMIT = 1_048_576;
/** XenbusStateInitialising: what libxl writes into a new device's backend `state`. */
const XENBUS_STATE_INITIALISING = 1;

/** Nodes under control/ the guest writes (libxl creates them empty, owned by the guest). */
const GUEST_CONTROL_NODES = ['shutdown', 'feature-poweroff', 'feature-reboot', 'feature-suspend', 'feature-s3', 'feature-s4', 'sysrq'];
/** Directories under the domain's home the guest writes. */
const GUEST_DIRS = ['data', 'drivers', 'feature', 'attr', 'error'];

const noperm = (): XsPerm[] => [{ domid: 0, perm: 'n' }];
const roperm = (domid: number): XsPerm[] => [{ domid: 0, perm: 'n' }, { domid, perm: 'r' }];
const rwperm = (domid: number): XsPerm[] => [{ domid, perm: 'n' }];

export function vmPath(uuid: string): string {
  return `/vm/${uuid}`;
}

export function libxlPath(domid: number): string {
  return `/libxl/${domid}`;
}

export function consoleBackendPath(domid: number): string {
  return `/local/domain/0/backend/console/${domid}/0`;
}

/** The top of the tree and dom0's own home (xen-init-dom0's part), once at boot. */
export function writeHostEntries(xs: Xenstored): void {
  for (const dir of ['/local', '/local/domain', '/vm', '/libxl']) mknod(xs, dir, noperm());
  const home = domainPath(0);
  mknod(xs, home, noperm());
  xs.write(`${home}/name`, 'Domain-0');
  xs.write(`${home}/domid`, '0');
}

/** Everything a new domain gets, before its ring is introduced. */
export function writeDomainEntries(xs: Xenstored, d: BuiltDomainInfo, clock: VirtualClock): void {
  const home = domainPath(d.domid);
  const vm = vmPath(d.uuid);
  removeDomainEntries(xs, d.domid, d.uuid); // a stale tree of an earlier domain with this domid

  mknod(xs, home, roperm(d.domid));
  mknod(xs, vm, roperm(d.domid));
  mknod(xs, libxlPath(d.domid), noperm());
  mknod(xs, `${libxlPath(d.domid)}/device`, noperm());

  xs.write(`${home}/vm`, vm);
  xs.write(`${home}/name`, d.name);
  for (const dir of ['cpu', 'memory', 'device', 'control']) mknod(xs, `${home}/${dir}`, roperm(d.domid));
  if (d.type === 'hvm') mknod(xs, `${home}/hvmloader`, roperm(d.domid));
  for (const node of GUEST_CONTROL_NODES) mknod(xs, `${home}/control/${node}`, rwperm(d.domid));
  for (const dir of GUEST_DIRS) mknod(xs, `${home}/${dir}`, rwperm(d.domid));

  xs.write(`${vm}/uuid`, d.uuid);
  xs.write(`${vm}/name`, d.name);
  xs.write(`${vm}/start_time`, startTime(clock.now()));
  xs.write(`${home}/control/platform-feature-multiprocessor-suspend`, '1');
  xs.write(`${home}/control/platform-feature-xs_reset_watches`, '1');

  xs.write(`${home}/memory/static-max`, String(d.maxmem * 1024));
  xs.write(`${home}/memory/target`, String(d.memory * 1024));
  xs.write(`${home}/domid`, String(d.domid));
  xs.write(`${home}/store/port`, String(d.storeEvtchn));
  xs.write(`${home}/store/ring-ref`, String(d.storeGfn));
  for (let cpu = 0; cpu < d.maxVcpus; cpu++) {
    xs.write(`${home}/cpu/${cpu}/availability`, cpu < d.vcpus ? 'online' : 'offline');
  }
  writeConsoleEntries(xs, d);
}

/** The primary console as a device: frontend in the guest's home, backend in dom0's. */
function writeConsoleEntries(xs: Xenstored, d: BuiltDomainInfo): void {
  const frontend = `${domainPath(d.domid)}/console`;
  const backend = consoleBackendPath(d.domid);
  mknod(xs, backend, roperm(d.domid));
  xs.write(`${backend}/frontend`, frontend);
  xs.write(`${backend}/frontend-id`, String(d.domid));
  xs.write(`${backend}/online`, '1');
  xs.write(`${backend}/state`, String(XENBUS_STATE_INITIALISING));

  mknod(xs, frontend, [{ domid: d.domid, perm: 'n' }, { domid: 0, perm: 'r' }]);
  xs.write(`${frontend}/backend`, backend);
  xs.write(`${frontend}/backend-id`, '0');
  xs.write(`${frontend}/limit`, String(XENCONSOLE_LIMIT));
  // PV guests use xenconsoled's ring; hvsim's HVM guests use the device model's UART.
  xs.write(`${frontend}/type`, d.type === 'pv' ? 'xenconsoled' : 'ioemu');
  xs.write(`${frontend}/output`, 'pty');
  xs.write(`${frontend}/ring-ref`, String(d.consoleGfn));
  xs.write(`${frontend}/port`, String(d.consoleEvtchn));
}

/** xl rename: the name in the domain's home and in its /vm entry. */
export function writeDomainName(xs: Xenstored, domid: number, uuid: string, name: string): void {
  xs.write(`${domainPath(domid)}/name`, name);
  if (xs.exists(vmPath(uuid))) xs.write(`${vmPath(uuid)}/name`, name);
}

/** Everything writeDomainEntries made (the domain is gone). */
export function removeDomainEntries(xs: Xenstored, domid: number, uuid: string): void {
  // The backend's per-frontend directory goes too, as libxl cleans up empty parents.
  const backendDir = consoleBackendPath(domid).replace(/\/0$/, '');
  for (const path of [domainPath(domid), vmPath(uuid), libxlPath(domid), backendDir]) {
    if (xs.exists(path)) xs.rm(path);
  }
}

function mknod(xs: Xenstored, path: string, perms: XsPerm[]): void {
  xs.mkdir(path);
  xs.setPerms(path, perms);
}

/** libxl's start_time: seconds and hundredths ("%lu.%02d"), here of virtual time. */
function startTime(ns: number): string {
  const centis = Math.floor(ns / 10_000_000);
  return `${Math.floor(centis / 100)}.${String(centis % 100).padStart(2, '0')}`;
}
