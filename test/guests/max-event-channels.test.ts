/**
 * xl's max_event_channels, end to end: the config's bound reaches the core through the domain
 * builder, a guest (portfill, which opens ports until refused) gets -ENOSPC past it while it
 * and the other domains run on, and a save image carries it (one saved before hvsim had the
 * bound keeps every port the ABI names).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StatusCode } from '@hvsim/control';
import { decodeSaveImage, encodeSaveImage } from '@hvsim/dom0';
import { Host } from '@hvsim/host';

const PORTFILL = path.resolve(__dirname, '../../images/demo/portfill.cfg');
const SLEEPER = path.resolve(__dirname, '../../images/demo/sleeper.cfg');
/** portfill.cfg as a config that leaves max_event_channels to libxl's default. */
const portfillDefault = (): string => fs.readFileSync(PORTFILL, 'utf8').replace(/^max_event_channels = .*$/m, '');

let host: Host;
let dir: string;
beforeEach(async () => {
  host = await Host.boot({ pcpus: 2, seed: 1 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-max-evtchn-'));
});
afterEach(async () => {
  await host.halt();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ticks = (text: string): number => [...text.matchAll(/portfill: tick (\d+)/g)].length;

test('a guest gets -ENOSPC past its max_event_channels (1023 by default), and it and the other domains run on', async () => {
  const sleeper = await host.create(SLEEPER);
  const bounded = await host.create(PORTFILL, { overrides: ['name="bounded"', 'max_event_channels=100', 'cmdline="ports=200"'] });
  const dflt = await host.createFromText(portfillDefault(), { file: PORTFILL, overrides: ['name="dflt"', 'cmdline="ports=2000"'] });
  await host.run('100ms');
  // Ports 1 and 2 are the console's and xenstore's, 3 the timer's: 97 more up to port 100.
  expect(host.console(bounded)).toMatch(/^portfill: 97 ports open besides the timer's \(200 asked, the rest refused: -28\)\nportfill: tick 1\n/);
  expect(host.console(dflt)).toMatch(/^portfill: 1020 ports open besides the timer's \(2000 asked, the rest refused: -28\)\nportfill: tick 1\n/);
  expect((await host.list()).map((d) => [d.name, d.max_event_channels])).toEqual([
    ['Domain-0', null], ['sleeper', 1023], ['bounded', 100], ['dflt', 1023],
  ]);
  // Both print every tenth tick from here on.
  const before = [ticks(host.console(bounded)), host.console(sleeper).length];
  await host.run('100ms');
  expect(ticks(host.console(bounded))).toBeGreaterThan(before[0]);
  expect(host.console(sleeper).length).toBeGreaterThan(before[1]);
});

test('a bound that leaves no port for the console and xenstore fails the create, naming it, and leaves nothing behind', async () => {
  await expect(host.create(SLEEPER, { overrides: ['max_event_channels=1'] })).rejects.toMatchObject({
    code: StatusCode.STATUS_CODE_ENOSPC,
    message: expect.stringContaining('max_event_channels = 1 leaves no port'),
  });
  expect((await host.list()).map((d) => d.name)).toEqual(['Domain-0']);
  // Three: the console's, xenstore's and portfill's timer, and not one more.
  const three = await host.create(PORTFILL, { overrides: ['max_event_channels=3', 'cmdline="ports=5"'] });
  await host.run('50ms');
  expect(host.console(three)).toMatch(/^portfill: 0 ports open besides the timer's \(5 asked, the rest refused: -28\)\nportfill: tick 1\n/);
});

test('a save image carries the bound: a restore puts it back; an image from before the bound keeps every port', async () => {
  const wide = await host.create(PORTFILL, { overrides: ['name="wide"', 'cmdline="ports=2000"'] });
  await host.run('50ms');
  expect(host.console(wide)).toMatch(/^portfill: 2000 ports open besides the timer's \(2000 asked\)\n/);
  const file = path.join(dir, 'wide.save');
  await host.save(wide, file);
  const { meta, pages } = decodeSaveImage(fs.readFileSync(file));
  expect(meta.config).toMatch(/^max_event_channels = 131071$/m);
  const rewritten = (name: string, config: string): string => {
    const out = path.join(dir, `${name}.save`);
    const data = meta.memory.data.flatMap(([first, count]) => Array.from({ length: count }, (_, i) => pages.get(first + i) as Uint8Array));
    fs.writeFileSync(out, encodeSaveImage({ ...meta, config }, data));
    return out;
  };

  // Its ports reach 2,003: a bound below them is refused by the core, as Xen's evtchn_allocate_port.
  const tight = rewritten('tight', meta.config.replace(/^max_event_channels = .*$/m, 'max_event_channels = 1500'));
  await expect(host.restore(tight)).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_ENOSPC });
  // Without the key (as an hvsim before the bound wrote it) it is not libxl's 1023 but the ABI's all.
  const old = rewritten('old', meta.config.replace(/^max_event_channels = .*\n/m, ''));
  const restored = await host.restore(old);
  expect((await host.domain(restored))?.max_event_channels).toBe(131071);
  const atRestore = ticks(host.console(restored));
  await host.run('100ms');
  expect(ticks(host.console(restored))).toBeGreaterThan(atRestore);
  await host.destroy(restored);

  const back = await host.restore(file);
  expect((await host.domain(back))?.max_event_channels).toBe(131071);
});

test('a bounded domain keeps its bound through save and restore', async () => {
  const bounded = await host.create(PORTFILL, { overrides: ['name="bounded"', 'max_event_channels=100', 'cmdline="ports=50"'] });
  await host.run('50ms');
  const file = path.join(dir, 'bounded.save');
  await host.save(bounded, file);
  expect(decodeSaveImage(fs.readFileSync(file)).meta.config).toMatch(/^max_event_channels = 100$/m);
  const back = await host.restore(file);
  expect((await host.domain(back))?.max_event_channels).toBe(100);
});
