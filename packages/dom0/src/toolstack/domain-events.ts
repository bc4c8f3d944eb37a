/** The toolstack's lifecycle events with names and virtual times (ManagementService.Events). */
import type { pb } from '@hvsim/control';
import type { VirtualClock } from '../platform';

export type DomainEventListener = (event: pb.DomainEvent.$Properties) => void;

export class DomainEvents {
  private readonly listeners = new Set<DomainEventListener>();

  constructor(private readonly clock: VirtualClock) {}

  /** Returns an unsubscribe. */
  subscribe(listener: DomainEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(type: pb.DomainEventType, domid: number, name: string, extra: Partial<pb.DomainEvent.$Properties> = {}): void {
    const event = { timeNs: this.clock.now(), type, domid, name, ...extra };
    for (const l of [...this.listeners]) l(event);
  }
}
