/**
 * Makes a cluster host's isolation gate (`IsolationGate`, @hvsim/cluster) hold at once: before
 * each step of the machine and before a client's bytes are served, the domains the gate names
 * are paused in the core. A host waking from a stall past its lease (SIGSTOP, a process held
 * up) thus runs not one more instruction of a domain HA may already have restarted elsewhere,
 * and every answer it gives shows that domain paused, until its agent's power-off destroys it.
 *
 * Wall time: the gate reads the lease's timing, which is etcd's, outside any simulation.
 */
import type { IsolationGate } from '@hvsim/cluster';
import type { Connection } from '@hvsim/control';
import type { BootedHost } from './host';
import type { DrivenMachine } from './time-driver';

export class IsolationEnforcer {
  /** Domids this enforcer has paused (once each: pauses nest in the core). */
  private readonly paused = new Set<number>();

  constructor(private readonly host: BootedHost, private readonly gate: IsolationGate, private readonly log: (line: string) => void) {}

  /** Pauses what the gate names now and has not been paused here yet. */
  apply(): void {
    const halted = this.gate.halted();
    if (halted === null) {
      this.paused.clear();
      return;
    }
    for (const dom of this.host.dom0.toolstack.list()) {
      if (!halted.has(dom.name) || this.paused.has(dom.domid)) continue;
      this.paused.add(dom.domid);
      try {
        this.host.hypervisor.pauseDomain(dom.domid);
        this.log(`cluster: the lease could have expired: ${dom.name} paused (isolation response power-off)`);
      } catch {
        // Dying already: it runs nothing either way.
      }
    }
  }

  /** `machine`, applying the gate before every step. */
  machine(machine: DrivenMachine): DrivenMachine {
    return {
      now: () => machine.now(),
      runUntil: (t, stopEarly) => {
        this.apply();
        machine.runUntil(t, stopEarly);
      },
      nextEventTime: () => machine.nextEventTime(),
      hasWork: () => machine.hasWork(),
    };
  }

  /** `connection`, applying the gate before each chunk it delivers is served. */
  connection(connection: Connection): Connection {
    return {
      peer: connection.peer,
      start: (handlers) =>
        connection.start({
          data: (chunk, owned) => {
            this.apply();
            handlers.data(chunk, owned);
          },
          close: handlers.close,
        }),
      send: (bytes, handOver) => connection.send(bytes, handOver),
      close: () => connection.close(),
    };
  }
}
