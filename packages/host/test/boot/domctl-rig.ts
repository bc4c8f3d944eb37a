/** DomctlService served by the boot loader's adapter over a core, reached through an in-process channel. */
import { DomctlService, RpcClient, RpcError, RpcServer, StatusCode, inProcessPair, type ServiceClient } from '@hvsim/control';
import { DomctlAdapter } from '../../src/boot/domctl-adapter';
import type { Hypervisor } from '@hvsim/hypervisor';

/** Serves `hv`'s DomctlService; with `dom0`, first creates domain 0 as the boot loader does. */
export async function connectDomctl(hv: Hypervisor, dom0 = true): Promise<{ d: ServiceClient<typeof DomctlService>; rpc: RpcClient }> {
  const adapter = new DomctlAdapter(hv, { commandline: 'test', version: '0.0.0' });
  if (dom0) hv.createDomain({ domid: 0, memoryKb: 4096, privileged: true, hostKernel: true });
  const server = new RpcServer().addService(DomctlService, adapter.implementation());
  const [a, b] = inProcessPair();
  server.accept(b);
  const rpc = await RpcClient.connect(a);
  return { d: rpc.service(DomctlService), rpc };
}

/** The status a call ends with (OK when it succeeds). */
export async function status(p: Promise<unknown>): Promise<StatusCode> {
  try {
    await p;
    return StatusCode.STATUS_CODE_OK;
  } catch (err) {
    if (!(err instanceof RpcError)) throw err;
    return err.code;
  }
}
