/**
 * Every demo image runs from its .cfg, as `hvsim create` would run it, on an in-process host:
 * what each prints, and how each ends.
 */
import * as path from 'node:path';
import { Host } from '@hvsim/host';

const demo = (name: string): string => path.resolve(__dirname, '../../images/demo', `${name}.cfg`);

let host: Host;
beforeEach(async () => {
  host = await Host.boot({ pcpus: 2, seed: 1 });
});
afterEach(async () => {
  await host.halt();
});

/** Runs until the domain has shut down (or `limit` passes); its console. */
async function runToEnd(name: string, limit = '2s'): Promise<{ out: string; reason: string | null }> {
  const d = await host.create(demo(name));
  await host.runUntil(() => host.events.some((e) => e.domid === d.domid && e.type === 'shutdown'), limit);
  const shutdown = host.events.find((e) => e.domid === d.domid && e.type === 'shutdown');
  return { out: host.console(d), reason: shutdown?.reason ?? null };
}

test('hello greets with its domid and ABI version and powers off', async () => {
  const { out, reason } = await runToEnd('hello');
  expect(out).toBe('Hello from domain 1!\nXen 4.17.0-hvsim1.0, 1024 pages of RAM, command line "console=hvc0"\n');
  expect(reason).toBe('poweroff');
});

test('xenarm, built against Xen\'s own headers, finds its pages as a Xen/Arm guest does and powers off', async () => {
  const { out, reason } = await runToEnd('xenarm');
  expect(out).toBe([
    'xenarm: Xen 4.17.0-hvsim1.0',
    'xenarm: shared_info at gfn 0x8000a',
    'xenarm: xenstore ring at gfn 0x803fe, port 2; console ring at gfn 0x803ff, port 1',
    '',
  ].join('\n'));
  expect(reason).toBe('poweroff');
});

test('fifotick, on the FIFO event-channel ABI, wakes on its timer and takes its events by priority', async () => {
  const d = await host.create(demo('fifotick'));
  await host.run('105ms');
  expect(host.console(d)).toBe([1, 2, 3, 10].map((n) => `fifotick: tick ${n}, ${n} of ${n} in priority order\n`).join(''));
});

test('portfill opens the event channels it asks for, and every one the FIFO ABI names when it asks for more, then ticks', async () => {
  const d = await host.create(demo('portfill'));
  const more = await host.create(demo('portfill'), { overrides: ['name="more"', 'cmdline="ports=200000"'] });
  await host.run('100ms');
  expect(host.console(d)).toMatch(/^portfill: 65000 ports open besides the timer's \(65000 asked\)\nportfill: tick 1\nportfill: tick 2\nportfill: tick 3\n/);
  // 2^17 - 1 ports: the console's, xenstore's and the timer's, and the rest its own.
  expect(host.console(more)).toMatch(/^portfill: 131068 ports open besides the timer's \(131071 asked, the rest refused: -28\)\nportfill: tick 1\n/);
});

test('spin makes progress until it is destroyed', async () => {
  const d = await host.create(demo('spin'));
  await host.run('20ms');
  expect(host.console(d)).toMatch(/^spin: 1 million rounds, checksum [0-9a-f]{8}\n/);
  await host.destroy(d);
  expect(await host.domain(d)).toBeNull();
});

test('sleeper wakes every 10 ms on its timer', async () => {
  const d = await host.create(demo('sleeper'));
  await host.run('105ms');
  const ticks = host.console(d).match(/^sleeper: tick \d+ at \d+ ms/gm) ?? [];
  expect(ticks).toEqual(['sleeper: tick 1 at 10 ms', 'sleeper: tick 2 at 20 ms', 'sleeper: tick 3 at 30 ms', 'sleeper: tick 10 at 100 ms']);
});

test('crash faults on a store outside its RAM and shuts down with reason crash', async () => {
  const { out, reason } = await runToEnd('crash');
  expect(out).toContain('sdk: unexpected trap scause=0x7');
  expect(out).toContain('stval=0x40000000');
  expect(out).not.toContain('went through');
  expect(reason).toBe('crash');
});

test('balloon gives 16 pages back and takes them again, scrubbed', async () => {
  const { out, reason } = await runToEnd('balloon');
  expect(out).toContain('balloon: 2048 pages, gave back 16, now 2032\n');
  expect(out).toContain('balloon: took back 16, now 2048, 0 stale bytes in the new pages\n');
  expect(reason).toBe('poweroff');
});

test('smp brings three more vCPUs up and exchanges IPIs with them', async () => {
  const { out, reason } = await runToEnd('smp');
  for (const v of [1, 2, 3]) expect(out).toContain(`smp: vCPU ${v} up\n`);
  expect(out).toMatch(/smp: 4 vCPUs online, 5 rounds of IPIs, \d+ IPI upcalls taken: OK\n/);
  expect(reason).toBe('poweroff');
});

test('the HVM uart guest talks only to the emulated ns16550 and SBI, and powers off through SRST', async () => {
  // Preserved after power-off, so its counters can still be read.
  const d = await host.create(demo('uart'), { overrides: ['on_poweroff="preserve"'] });
  await host.runUntil(() => host.events.some((e) => e.domid === d.domid && e.type === 'shutdown'), '1s');
  expect(host.console(d)).toBe(
    'uart: hello through the emulated ns16550\r\nuart: SBI spec version 0x2000000\r\nuart: SBI implementation 0x4856534d\r\n' +
      'uart: the hvsim hypercall extension is there (unused here)\r\n',
  );
  expect(host.events.find((e) => e.domid === d.domid && e.type === 'shutdown')?.reason).toBe('poweroff');
  expect(host.counters(d).hypercalls).toEqual({});
});
