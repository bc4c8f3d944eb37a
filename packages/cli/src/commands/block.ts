/** xl block-attach, block-detach, block-list. */
import type { CommandModule } from 'yargs';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface AttachArgs extends DaemonArgs {
  domain: string;
  disk: string[];
}

export const blockAttachCommand: CommandModule<object, AttachArgs> = {
  command: 'block-attach <domain> <disk..>',
  describe: 'Attach a virtual block device to a domain (an xl disk spec: "format=raw, vdev=xvdb, access=rw, target=data.img")',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('disk', { type: 'string', array: true, demandOption: true, describe: 'the disk spec (words are joined with commas, as xl does)' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      // xl joins separate arguments as parameters of one spec.
      const spec = argv.disk.map(String).join(',');
      const { devid } = await m.BlockAttach({ domain: String(argv.domain), diskSpec: spec });
      if (argv.json) outJson({ domain: String(argv.domain), devid });
    }),
};

interface DetachArgs extends DaemonArgs {
  domain: string;
  device: string;
  force: boolean;
}

export const blockDetachCommand: CommandModule<object, DetachArgs> = {
  command: 'block-detach <domain> <device>',
  describe: 'Detach a virtual block device (by vdev, e.g. xvdb, or device number)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('device', { type: 'string', demandOption: true, describe: 'vdev or device number' })
      .option('force', { type: 'boolean', default: false, describe: 'do not wait for the guest to let go' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      await m.BlockDetach({ domain: String(argv.domain), device: String(argv.device), force: argv.force });
    }),
};

interface ListArgs extends DaemonArgs {
  domain: string[];
}

export const blockListCommand: CommandModule<object, ListArgs> = {
  command: 'block-list <domain..>',
  describe: "List a domain's virtual block devices (xl's columns)",
  builder: (y) =>
    daemonOptions(y).positional('domain', { type: 'string', array: true, demandOption: true, describe: 'domain names or domids' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const all = [];
      for (const domain of argv.domain.map(String)) all.push(...(await m.BlockList({ domain })).devices);
      if (argv.json) {
        outJson(all);
        return;
      }
      // xl block-list: "%-5d %-3d %-6d %-5d %-6d %-8d %-30s".
      let text = 'Vdev  BE  handle state evt-ch ring-ref BE-path                       \n';
      for (const d of all) {
        text += `${pad(d.devid, 5)} ${pad(d.backendId, 3)} ${pad(d.frontendId, 6)} ${pad(d.state, 5)} ${pad(d.eventChannel, 6)} ${pad(d.ringRef, 8)} ${d.backendPath.padEnd(30)}\n`;
      }
      out(text);
    }),
};

function pad(n: number, width: number): string {
  return String(n).padEnd(width);
}
