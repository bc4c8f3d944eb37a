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
import { domainPath, type XsBatch, type XsDir, type Xenstored, type XsPerm } from '../xenstore';

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

/** The console backend's directory for a domain's devices (libxl removes it with the domain). */
function consoleBackendDir(domid: number): string {
  return `/local/domain/0/backend/console/${domid}`;
}

export function consoleBackendPath(domid: number): string {
  return `${consoleBackendDir(domid)}/0`;
}

/** The top of the tree and dom0's own home (xen-init-dom0's part), once at boot. */
export function writeHostEntries(xs: Xenstored): void {
  xs.batch((b) => {
    for (const dir of ['/local', '/local/domain', '/vm', '/libxl']) b.dir(dir, noperm());
    const home = b.dir(domainPath(0), noperm());
    b.write(home, 'name', 'Domain-0');
    b.write(home, 'domid', '0');
  });
}

/**
 * Everything a new domain gets, before its ring is introduced: one batch, as libxl writes it
 * in one transaction (watchers hear of each node once, when all are there).
 */
export function writeDomainEntries(xs: Xenstored, d: BuiltDomainInfo, clock: VirtualClock): void {
  removeDomainEntries(xs, d.domid, d.uuid); // a stale tree of an earlier domain with this domid
  const ro = roperm(d.domid);
  const rw = rwperm(d.domid);
  const none = noperm();
  xs.batch((b) => {
    // Units: removeDomainEntries takes each away whole.
    const home = b.unit(domainPath(d.domid), ro);
    const vm = b.unit(vmPath(d.uuid), ro);
    b.mkdir(b.unit(libxlPath(d.domid), none), 'device', none);

    b.write(home, 'vm', vm.path);
    b.write(home, 'name', d.name);
    const cpu = b.mkdir(home, 'cpu', ro);
    const memory = b.mkdir(home, 'memory', ro);
    b.mkdir(home, 'device', ro);
    const control = b.mkdir(home, 'control', ro);
    if (d.type === 'hvm') b.mkdir(home, 'hvmloader', ro);
    for (const node of GUEST_CONTROL_NODES) b.mkdir(control, node, rw);
    for (const dir of GUEST_DIRS) b.mkdir(home, dir, rw);

    b.write(vm, 'uuid', d.uuid);
    b.write(vm, 'name', d.name);
    b.write(vm, 'start_time', startTime(clock.now()));
    b.write(control, 'platform-feature-multiprocessor-suspend', '1');
    b.write(control, 'platform-feature-xs_reset_watches', '1');

    b.write(memory, 'static-max', String(d.maxmem * 1024));
    b.write(memory, 'target', String(d.memory * 1024));
    b.write(home, 'domid', String(d.domid));
    b.write(home, 'store/port', String(d.storeEvtchn));
    b.write(home, 'store/ring-ref', String(d.storeGfn));
    for (let i = 0; i < d.maxVcpus; i++) b.write(cpu, `${i}/availability`, i < d.vcpus ? 'online' : 'offline');
    writeConsoleEntries(b, d, home, ro);
  });
}

/** The primary console as a device: frontend in the guest's home, backend in dom0's. */
function writeConsoleEntries(b: XsBatch, d: BuiltDomainInfo, home: XsDir, ro: XsPerm[]): void {
  const backend = b.dir(consoleBackendPath(d.domid), ro);
  b.write(backend, 'frontend', `${home.path}/console`);
  b.write(backend, 'frontend-id', String(d.domid));
  b.write(backend, 'online', '1');
  b.write(backend, 'state', String(XENBUS_STATE_INITIALISING));

  const frontend = b.mkdir(home, 'console', [{ domid: d.domid, perm: 'n' }, { domid: 0, perm: 'r' }]);
  b.write(frontend, 'backend', backend.path);
  b.write(frontend, 'backend-id', '0');
  b.write(frontend, 'limit', String(XENCONSOLE_LIMIT));
  // PV guests use xenconsoled's ring; hvsim's HVM guests use the device model's UART.
  b.write(frontend, 'type', d.type === 'pv' ? 'xenconsoled' : 'ioemu');
  b.write(frontend, 'output', 'pty');
  b.write(frontend, 'ring-ref', String(d.consoleGfn));
  b.write(frontend, 'port', String(d.consoleEvtchn));
}

/** xl rename: the name in the domain's home and in its /vm entry. */
export function writeDomainName(xs: Xenstored, domid: number, uuid: string, name: string): void {
  xs.write(`${domainPath(domid)}/name`, name);
  if (xs.exists(vmPath(uuid))) xs.write(`${vmPath(uuid)}/name`, name);
}

/** Everything writeDomainEntries made (the domain is gone), what of it is there. */
export function removeDomainEntries(xs: Xenstored, domid: number, uuid: string): void {
  xs.batch((b) => {
    b.rm(domainPath(domid));
    b.rm(vmPath(uuid));
    b.rm(libxlPath(domid));
    // The backend's per-frontend directory goes too, as libxl cleans up empty parents.
    b.rm(consoleBackendDir(domid));
  });
}

/** libxl's start_time: seconds and hundredths ("%lu.%02d"), here of virtual time. */
function startTime(ns: number): string {
  const centis = Math.floor(ns / 10_000_000);
  return `${Math.floor(centis / 100)}.${String(centis % 100).padStart(2, '0')}`;
}
