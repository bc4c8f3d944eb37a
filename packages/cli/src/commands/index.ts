import type { CommandModule } from 'yargs';
import { runBareCommand } from './run-bare';
import { bootCommand } from './boot';
import { haltCommand } from './halt';
import { createCommand } from './create';
import { listCommand } from './list';
import { infoCommand } from './info';
import { pauseCommand } from './pause';
import { unpauseCommand } from './unpause';
import { shutdownCommand } from './shutdown';
import { rebootCommand } from './reboot';
import { destroyCommand } from './destroy';
import { renameCommand } from './rename';
import { consoleCommand } from './console';
import { dmesgCommand } from './dmesg';
import { vcpuListCommand } from './vcpu-list';
import { vcpuPinCommand } from './vcpu-pin';
import { schedCreditCommand } from './sched-credit';
import { domidCommand } from './domid';
import { domnameCommand } from './domname';
import { demoCommand } from './demo';
import { testAbiCommand } from './test-abi';
import { saveCommand } from './save';
import { restoreCommand } from './restore';
import { migrateCommand } from './migrate';
import { memSetCommand } from './mem-set';
import { memMaxCommand } from './mem-max';
import { topCommand } from './top';
import { diskCreateCommand } from './disk-create';
import { blockAttachCommand, blockDetachCommand, blockListCommand } from './block';

/** Every verb of `hvsim`, one module each. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  runBareCommand,
  bootCommand,
  haltCommand,
  createCommand,
  listCommand,
  infoCommand,
  pauseCommand,
  unpauseCommand,
  shutdownCommand,
  rebootCommand,
  destroyCommand,
  renameCommand,
  consoleCommand,
  dmesgCommand,
  vcpuListCommand,
  vcpuPinCommand,
  schedCreditCommand,
  domidCommand,
  domnameCommand,
  demoCommand,
  testAbiCommand,
  saveCommand,
  restoreCommand,
  migrateCommand,
  memSetCommand,
  memMaxCommand,
  topCommand,
  diskCreateCommand,
  blockAttachCommand,
  blockDetachCommand,
  blockListCommand,
];
