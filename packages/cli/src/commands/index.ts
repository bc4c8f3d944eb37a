import type { CommandModule } from 'yargs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandModule<any, any>;

/**
 * Every verb of `hvsim`, one module each, loaded only when needed: a client verb must not pay
 * for loading the core, dom0 or the RISC-V hart (`boot`, `demo`, `run-bare`, `test-abi` need
 * them), so `main` loads just the module of the verb it was given.
 */
export const COMMANDS: ReadonlyArray<{ readonly verbs: readonly string[]; readonly load: () => Promise<AnyCommand> }> = [
  { verbs: ['run-bare'], load: async () => (await import('./run-bare')).runBareCommand },
  { verbs: ['boot'], load: async () => (await import('./boot')).bootCommand },
  { verbs: ['halt'], load: async () => (await import('./halt')).haltCommand },
  { verbs: ['create'], load: async () => (await import('./create')).createCommand },
  { verbs: ['list', 'li'], load: async () => (await import('./list')).listCommand },
  { verbs: ['info'], load: async () => (await import('./info')).infoCommand },
  { verbs: ['pause'], load: async () => (await import('./pause')).pauseCommand },
  { verbs: ['unpause'], load: async () => (await import('./unpause')).unpauseCommand },
  { verbs: ['shutdown'], load: async () => (await import('./shutdown')).shutdownCommand },
  { verbs: ['reboot'], load: async () => (await import('./reboot')).rebootCommand },
  { verbs: ['destroy'], load: async () => (await import('./destroy')).destroyCommand },
  { verbs: ['rename'], load: async () => (await import('./rename')).renameCommand },
  { verbs: ['console'], load: async () => (await import('./console')).consoleCommand },
  { verbs: ['dmesg'], load: async () => (await import('./dmesg')).dmesgCommand },
  { verbs: ['vcpu-list'], load: async () => (await import('./vcpu-list')).vcpuListCommand },
  { verbs: ['vcpu-pin'], load: async () => (await import('./vcpu-pin')).vcpuPinCommand },
  { verbs: ['sched-credit'], load: async () => (await import('./sched-credit')).schedCreditCommand },
  { verbs: ['domid'], load: async () => (await import('./domid')).domidCommand },
  { verbs: ['domname'], load: async () => (await import('./domname')).domnameCommand },
  { verbs: ['demo'], load: async () => (await import('./demo')).demoCommand },
  { verbs: ['test-abi'], load: async () => (await import('./test-abi')).testAbiCommand },
  { verbs: ['save'], load: async () => (await import('./save')).saveCommand },
  { verbs: ['restore'], load: async () => (await import('./restore')).restoreCommand },
  { verbs: ['migrate'], load: async () => (await import('./migrate')).migrateCommand },
  { verbs: ['mem-set'], load: async () => (await import('./mem-set')).memSetCommand },
  { verbs: ['mem-max'], load: async () => (await import('./mem-max')).memMaxCommand },
  { verbs: ['top'], load: async () => (await import('./top')).topCommand },
  { verbs: ['disk-create'], load: async () => (await import('./disk-create')).diskCreateCommand },
  { verbs: ['block-attach'], load: async () => (await import('./block')).blockAttachCommand },
  { verbs: ['block-detach'], load: async () => (await import('./block')).blockDetachCommand },
  { verbs: ['block-list'], load: async () => (await import('./block')).blockListCommand },
  { verbs: ['network-attach'], load: async () => (await import('./network')).networkAttachCommand },
  { verbs: ['network-detach'], load: async () => (await import('./network')).networkDetachCommand },
  { verbs: ['network-list'], load: async () => (await import('./network')).networkListCommand },
  { verbs: ['net-capture'], load: async () => (await import('./net-capture')).netCaptureCommand },
  { verbs: ['bridge-list'], load: async () => (await import('./bridge-list')).bridgeListCommand },
  { verbs: ['cluster'], load: async () => (await import('./cluster')).clusterCommand },
];

/**
 * The command modules `argv` needs: only its verb's when it starts with one (`hvsim list`),
 * else all of them (`hvsim --help` lists them; an unknown verb gets suggestions).
 */
export function commandsFor(argv: readonly string[]): Promise<AnyCommand[]> {
  const verb = argv[0];
  const one = COMMANDS.find((c) => c.verbs.includes(verb));
  return Promise.all((one ? [one] : COMMANDS).map((c) => c.load()));
}
