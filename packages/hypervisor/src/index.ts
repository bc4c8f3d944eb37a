/**
 * @hvsim/hypervisor — the hypervisor core: machine, domains and vCPUs, credit scheduler,
 * P2M memory partitioning and grants, event channels, timers, the hypercall ABI, and the
 * privileged control surface (see control.ts).
 */
export { COMMAND_LOG_KEPT, type CommandRecord } from './command-log';
export {
  Hypervisor, READ_GUEST_PAGES_MAX,
  type CreateDomainConfig, type GuestPages, type ShadowOpResult, type DomainCountersSnapshot, type GrantSegment, type DomainInfo, type DomainStateEvent,
  type DomainType, type MachineConfig, type MmioHandler, type PhysInfo, type VcpuContext, type VcpuInfo,
} from './control';
export type { MmioRequest } from './domain/domain';
export { ConsoleJournal } from './domain/console-journal';
export { GUEST_PAGE_ABSENT, GUEST_PAGE_RAM, GUEST_PAGE_ZERO } from './memory/domain-memory';
export type { TraceRecord } from './trace';
export { HypervisorError } from './errors';
export type { PortBinding } from './evtchn/port-state';
export type { FifoPortState, FifoSnapshot } from './evtchn/fifo-state';
export type { GrantTableState } from './memory/grant-table-state';
export {
  DEFAULT_FREQ_HZ, DEFAULT_MEMORY_BYTES, DEFAULT_PCPUS, DEFAULT_QUANTUM_NS, EXIT_CYCLES_HYPERCALL, EXIT_CYCLES_MMIO,
  EXIT_CYCLES_TRAP, EXIT_CYCLES_WFI, GNTTAB_BASE_GFN, MAX_GRANT_FRAMES, SHARED_INFO_GFN,
} from './constants';
export { CREDIT_RATELIMIT_NS, CREDIT_TICK_NS, CREDIT_TSLICE_NS } from './sched/credit';
