import type { pb } from '@hvsim/control';
import type { DomainConfig } from '../config/domain-config';
import type { DomainLayout } from './domain-builder';

/** dom0's name, as xl lists it. */
export const DOM0_NAME = 'Domain-0';

export type DomainState = 'running' | 'shutdown' | 'dying';

/** A domain the toolstack manages. */
export interface ManagedDomain {
  readonly domid: number;
  name: string;
  readonly config: DomainConfig;
  readonly configFile: string;
  readonly layout: DomainLayout;
  /** xen_domain_handle_t as a UUID string. */
  readonly uuid: string;
  /** The toolstack's view; the core's flags come from GetDomainInfo. */
  state: DomainState;
  /** Set once the domain has shut down. */
  shutdownReason: pb.ShutdownReason | null;
}

/** Runs `fn`; a failure is logged, not thrown (work around a domain that must not stop it). */
export async function logFailure(log: (line: string) => void, what: string, fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (err) {
    log(`${what} failed: ${(err as Error).message}`);
  }
}
