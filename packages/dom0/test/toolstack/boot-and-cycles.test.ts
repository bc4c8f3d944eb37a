import * as fs from 'node:fs';
import * as path from 'node:path';
import { Dom0 } from '../../src';
import { FakeCore, settle } from '../support/fake-core';
import { bootHarness, create } from './harness';

describe('dom0 boot', () => {
  it('autostarts the domUs of its boot config and reports the ones that fail', async () => {
    const probe = await bootHarness();
    const good = probe.cfg('auto1');
    const bad = path.join(probe.dir, 'bad.cfg');
    fs.writeFileSync(bad, 'name = "auto2"\nkernel = "guest.elf"\nmemory = lots\n');
    const logs: string[] = [];
    const core = new FakeCore();
    const client = await core.connect();
    const { dom0, autostarted } = await Dom0.boot({
      domctl: client,
      clock: core.clock,
      autostart: [{ file: good }, { file: bad }, { file: good, overrides: ['name="auto3"'] }, { file: path.join(probe.dir, 'missing.cfg') }],
      log: (l) => logs.push(l),
    });
    expect(autostarted).toEqual([
      { file: good, domid: 1, name: 'auto1' },
      { file: bad, error: `${bad}:3: memory: syntax error: bare word "lots"; strings need quotes` },
      { file: good, domid: 2, name: 'auto3' },
      { file: path.join(probe.dir, 'missing.cfg'), error: expect.stringContaining('ENOENT') },
    ]);
    expect(dom0.domains().map((d) => d.name)).toEqual(['auto1', 'auto3']);
    expect(core.domains.get(1)!.pauseCount).toBe(0);
    expect(logs.filter((l) => l.startsWith('autostart: '))).toHaveLength(2);
    await dom0.halt();
    expect([...core.domains.keys()]).toEqual([0]);
    client.close();
    await probe.close();
  });

  it('refuses to boot on a core whose domain 0 is not privileged', async () => {
    const core = new FakeCore();
    core.domains.get(0)!.privileged = false;
    const client = await core.connect();
    await expect(Dom0.boot({ domctl: client, clock: core.clock })).rejects.toThrow(/domain 0 is not privileged/);
    client.close();
  });
});

describe('1,000 create/destroy cycles', () => {
  it('leave machine memory exactly as it was', async () => {
    const h = await bootHarness();
    const before = (await h.mgmt.Physinfo({})).physinfo!.freePages;
    for (let i = 0; i < 1000; i++) {
      const domid = await create(h, `cycle${i % 3}`);
      await h.mgmt.DestroyDomain({ domain: String(domid) });
    }
    await settle();
    const after = (await h.mgmt.Physinfo({})).physinfo!.freePages;
    expect(after).toBe(before);
    expect(h.dom0.domains()).toEqual([]);
    expect([...h.core.domains.keys()]).toEqual([0]);
    await h.close();
  }, 60_000);
});
