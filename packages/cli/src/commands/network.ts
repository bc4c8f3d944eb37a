/** xl network-attach, network-detach, network-list. */
import type { CommandModule } from 'yargs';
import { daemonOptions, out, outJson, withDaemon, type DaemonArgs } from './common';

interface AttachArgs extends DaemonArgs {
  domain: string;
  vif: string[];
}

export const networkAttachCommand: CommandModule<object, AttachArgs> = {
  command: 'network-attach <domain> [vif..]',
  describe: 'Attach a virtual network interface to a domain (xl vif spec words: mac=00:16:3e:01:02:03 bridge=xenbr0 vlan=10)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('vif', { type: 'string', array: true, default: [], describe: 'vif spec parameters (joined with commas, as xl does)' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const spec = argv.vif.map(String).join(',');
      const { devid, mac } = await m.NetworkAttach({ domain: String(argv.domain), vifSpec: spec });
      if (argv.json) outJson({ domain: String(argv.domain), devid, mac });
    }),
};

interface DetachArgs extends DaemonArgs {
  domain: string;
  device: string;
  force: boolean;
}

export const networkDetachCommand: CommandModule<object, DetachArgs> = {
  command: 'network-detach <domain> <device>',
  describe: 'Detach a virtual network interface (by device number or MAC address)',
  builder: (y) =>
    daemonOptions(y)
      .positional('domain', { type: 'string', demandOption: true, describe: 'domain name or domid' })
      .positional('device', { type: 'string', demandOption: true, describe: 'device number or MAC address' })
      .option('force', { type: 'boolean', default: false, describe: 'do not wait for the guest to let go' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      await m.NetworkDetach({ domain: String(argv.domain), device: String(argv.device), force: argv.force });
    }),
};

interface ListArgs extends DaemonArgs {
  domain: string[];
}

export const networkListCommand: CommandModule<object, ListArgs> = {
  command: 'network-list <domain..>',
  describe: "List a domain's virtual network interfaces (xl's columns)",
  builder: (y) =>
    daemonOptions(y).positional('domain', { type: 'string', array: true, demandOption: true, describe: 'domain names or domids' }),
  handler: (argv) =>
    withDaemon(argv, async (m) => {
      const all = [];
      for (const domain of argv.domain.map(String)) all.push(...(await m.NetworkList({ domain })).devices);
      if (argv.json) {
        outJson(all);
        return;
      }
      // xl network-list: "%-3d %-2d %-17s %-6d %-5d %-6d %5d/%-5d %-30s".
      let text = 'Idx BE Mac Addr.         handle state evt-ch   tx-/rx-ring-ref BE-path                       \n';
      for (const d of all) {
        const rings = `${String(d.txRingRef).padStart(5)}/${String(d.rxRingRef).padEnd(5)}`;
        text += `${pad(d.devid, 3)} ${pad(d.backendId, 2)} ${d.mac.padEnd(17)} ${pad(d.devid, 6)} ${pad(d.state, 5)} ${pad(d.eventChannel, 6)} ${rings} ${d.backendPath.padEnd(30)}\n`;
      }
      out(text);
    }),
};

function pad(n: number, width: number): string {
  return String(n).padEnd(width);
}
