/**
 * The toolstack's registry: the domains dom0 manages, by domid and by name; the names
 * reserved for domains still being built or received; the domids of domains being received;
 * and a queue of operations per domain, so operations on one domain run one at a time (a
 * shutdown event that arrives while a client destroys the domain cannot act on it twice).
 */
import { createHash } from 'node:crypto';
import { DomidAllocator } from './domid-allocator';
import { DOM0_NAME, type ManagedDomain } from './managed-domain';
import { ToolstackError } from './toolstack-error';

/** The holder of a name reserved for a domain not yet (or no longer) built. */
const RESERVED = -1;

export class DomainRegistry {
  private readonly domains = new Map<number, ManagedDomain>();
  /** Names in use, including those of domains still being built (RESERVED). */
  private readonly names = new Map<string, number>([[DOM0_NAME, 0]]);
  private readonly queues = new Map<number, Promise<unknown>>();
  /** Domids of incoming domains (built, not yet managed): no new domain may take them. */
  private readonly incoming = new Set<number>();
  private readonly domids = new DomidAllocator();
  /** Domains created so far (feeds newHandle). */
  private created = 0;

  /** Domains in domid order. */
  list(): ManagedDomain[] {
    return [...this.domains.values()].sort((a, b) => a.domid - b.domid);
  }

  get(domid: number): ManagedDomain | undefined {
    return this.domains.get(domid);
  }

  /** Whether `dom` is still the domain registered under its domid (not destroyed, not replaced). */
  holds(dom: ManagedDomain): boolean {
    return this.domains.get(dom.domid) === dom;
  }

  /** What xl takes for a domain: a name, or a domid in decimal. ESRCH when unknown. */
  resolve(ref: string): number {
    const trimmed = ref.trim();
    if (/^[0-9]+$/.test(trimmed)) {
      const domid = Number(trimmed);
      if (domid === 0 || this.domains.has(domid)) return domid;
    } else {
      const domid = this.names.get(trimmed);
      if (domid !== undefined && domid >= 0) return domid;
    }
    throw new ToolstackError('ESRCH', `domain ${JSON.stringify(ref)} does not exist`);
  }

  /** The managed domU a reference names; dom0 gives EPERM (xl refuses to act on it). */
  domU(ref: string, verb: string): ManagedDomain {
    const domid = this.resolve(ref);
    if (domid === 0) throw new ToolstackError('EPERM', `cannot ${verb} Domain-0`);
    return this.domains.get(domid)!;
  }

  nameOf(domid: number): string | null {
    return domid === 0 ? DOM0_NAME : (this.domains.get(domid)?.name ?? null);
  }

  /** Whether a domain (or a reservation) holds the name. */
  nameTaken(name: string): boolean {
    return this.names.has(name);
  }

  /** Holds `name` for a domain about to be built or received; EEXIST when it is taken. */
  reserveName(name: string): void {
    const holder = this.names.get(name);
    if (holder !== undefined) {
      throw new ToolstackError('EEXIST', holder >= 0 ? `domain name ${JSON.stringify(name)} is already in use by domain ${holder}` : `domain name ${JSON.stringify(name)} is already in use`);
    }
    this.names.set(name, RESERVED);
  }

  /** A name reserved for a domain not (or no longer) being built is free again. */
  releaseName(name: string): void {
    if (this.names.get(name) === RESERVED) this.names.delete(name);
  }

  /** The domain is one of the toolstack's now, under its name. */
  add(dom: ManagedDomain): void {
    this.domains.set(dom.domid, dom);
    this.names.set(dom.name, dom.domid);
  }

  /** The domain takes `newName`, which the caller reserved. */
  rename(dom: ManagedDomain, newName: string): void {
    this.names.delete(dom.name);
    this.names.set(newName, dom.domid);
    dom.name = newName;
  }

  /** Forgets the domain and frees its name; false when it was not (or no longer) registered. */
  remove(dom: ManagedDomain): boolean {
    if (!this.holds(dom)) return false;
    this.domains.delete(dom.domid);
    if (this.names.get(dom.name) === dom.domid) this.names.delete(dom.name);
    return true;
  }

  /** A domid no domain, queued operation or incoming domain uses; ENOSPC when none is left. */
  allocateDomid(): number {
    const domid = this.domids.next((d) => this.domains.has(d) || this.queues.has(d) || this.incoming.has(d));
    if (domid === null) throw new ToolstackError('ENOSPC', 'no free domain ID');
    return domid;
  }

  /**
   * A UUID for a new domain (libxl makes a random one). Derived from the name, domid and a
   * creation counter, so runs stay deterministic and no two domains of a boot share one;
   * shaped as a version-4 UUID.
   */
  newHandle(name: string, domid: number): Uint8Array {
    const digest = createHash('sha256').update(`${name}\0${domid}\0${this.created++}`).digest();
    const handle = new Uint8Array(digest.subarray(0, 16));
    handle[6] = (handle[6] & 0x0f) | 0x40;
    handle[8] = (handle[8] & 0x3f) | 0x80;
    return handle;
  }

  /** A received domain (which brings its own UUID) counts as created, as a new one would. */
  countCreated(): void {
    this.created++;
  }

  /** Marks `domid` as taken by a domain being received, or no longer. */
  setIncoming(domid: number, incoming: boolean): void {
    if (incoming) this.incoming.add(domid);
    else this.incoming.delete(domid);
  }

  /** Runs `fn` after every earlier operation on the domain has finished. */
  exclusive<T>(domid: number, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(domid) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(domid, tail);
    void tail.then(() => {
      if (this.queues.get(domid) === tail) this.queues.delete(domid);
    });
    return run;
  }
}
