/** ManagementService.BridgeList (`hvsim bridge-list`): the bridges, their ports, uplink paths and counters. */
import type { pb } from '@hvsim/control';
import type { Bridges } from './bridge-directory';
import type { Uplinks } from './uplinks';

export function listBridges(bridges: Bridges, uplinks: Uplinks): pb.BridgeListResponse.$Properties {
  return {
    bridges: bridges.list().map((sw) => {
      const name = sw.name;
      return {
        name,
        vlanAware: sw.vlanAware,
        ports: sw.ports().map((p) => ({ name: p.name, pvid: p.pvid, trunk: p.trunk, ...p.counters })),
        uplinkPaths: uplinks.teams.get(name)?.pathInfo() ?? [],
        macs: sw.macs().length,
        ...sw.stats,
      };
    }),
    vxlanSockets: Object.entries(uplinks.socketCounters()).map(([local, c]) => ({ local, ...c })),
  };
}
