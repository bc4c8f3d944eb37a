/**
 * A live migration between two daemons in this process of a domain whose state alone is
 * larger than two control frames: portfill opens every event channel the FIFO ABI names, and
 * the STATE record, which lists every open port, comes to 9.6 MB. The stream must cross in
 * MigrateChunk calls that each fit a 4 MiB frame, and the destination must put the record
 * back together from three of them, each frame's memory given back and used again meanwhile:
 * the domain then runs there with every port it had. A save that
 * would return such an image in its answer is refused, and the domain kept.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MAX_FRAME_BYTES, ManagementService, RpcClient, StatusCode, connectUnix, type ServiceClient } from '@hvsim/control';
import { startDaemon, type RunningDaemon } from '../../packages/host/src/boot/daemon';
import { DEMO, until } from '../e2e-helpers';
import { poisonGiveBacks } from './poison-frames';

jest.setTimeout(120_000);

/** Every port the FIFO ABI leaves it (2^17 - 1 less the console's, xenstore's and the timer's). */
const PORTS = 131_068;
const SAVE_META_LENGTH_AT = 20; // the save image's u32 metadata length (save-image.ts)

let dir: string;
const daemons: RunningDaemon[] = [];
const clients: RpcClient[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-big-state-'));
});

afterAll(async () => {
  for (const c of clients) c.close();
  for (const d of daemons) await d.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function daemon(name: string): Promise<{ d: RunningDaemon; m: ServiceClient<typeof ManagementService> }> {
  const d = await startDaemon({ socket: path.join(dir, name, 'hvsim.sock'), pace: 'max', log: () => undefined });
  daemons.push(d);
  const rpc = await RpcClient.connect(await connectUnix(d.socket), { name: 'big-state' });
  clients.push(rpc);
  return { d, m: rpc.service(ManagementService) };
}

async function consoleOf(m: ServiceClient<typeof ManagementService>, domain: string): Promise<string> {
  let text = '';
  for await (const r of m.ConsoleStream({ domain, follow: false, history: true })) text += Buffer.from(r.data).toString('latin1');
  return text;
}

const lastTick = (text: string): number => Math.max(0, ...[...text.matchAll(/portfill: tick (\d+)/g)].map((t) => Number(t[1])));

describe('a domain whose state is larger than a control frame', () => {
  it('migrates live: its STATE record crosses in frame-sized calls and every port it opened is open at the destination', async () => {
    const src = await daemon('src');
    const dst = await daemon('dst');
    const cfg = path.join(DEMO, 'portfill.cfg');
    const { domid } = await src.m.CreateDomain({ config: fs.readFileSync(cfg, 'utf8'), configFile: cfg, overrides: ['cmdline="ports=131071"'], paused: false });
    const booted = await until(async () => {
      const text = await consoleOf(src.m, 'portfill');
      return lastTick(text) >= 3 ? text : undefined;
    }, 30_000, 'portfill to open its ports and tick');
    expect(booted).toContain(`portfill: ${PORTS} ports open besides the timer's (131071 asked, the rest refused: -28)`);
    const ports = src.d.host.hypervisor.evtchnList(domid).length;
    expect(ports).toBeGreaterThan(PORTS);

    // The premise: the state (a save image's metadata, what the STATE record carries) is
    // larger than a frame. A checkpoint leaves the domain running.
    const file = path.join(dir, 'portfill.save');
    await src.m.Save({ domain: 'portfill', file, checkpoint: true });
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(SAVE_META_LENGTH_AT + 4);
    fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    expect(head.readUInt32LE(SAVE_META_LENGTH_AT)).toBeGreaterThan(2 * DEFAULT_MAX_FRAME_BYTES);

    // A save whose image would come back in the answer (no file) cannot send it: refused
    // before the domain is destroyed, which runs on.
    await expect(src.m.Save({ domain: 'portfill', file: '', checkpoint: false, paused: false })).rejects.toMatchObject({ code: StatusCode.STATUS_CODE_EMSGSIZE });
    const kept = lastTick(await consoleOf(src.m, 'portfill'));
    await until(async () => (lastTick(await consoleOf(src.m, 'portfill')) > kept ? true : undefined), 30_000, 'portfill to tick on after the refused save');

    const before = lastTick(await consoleOf(src.m, 'portfill'));
    // Frames poisoned once given back: a piece of the record read after its frame went back
    // would fail the record's checksum.
    const poison = poisonGiveBacks();
    const done = await src.m.Migrate({ domain: 'portfill', destination: dst.d.socket, live: true }).finally(() => poison.restore());
    expect(done.domid).toBeGreaterThan(0);
    expect((await src.m.ListDomains({})).domains.map((d) => d.name)).not.toContain('portfill');
    expect(dst.d.host.hypervisor.evtchnList(done.domid).length).toBe(ports);
    // It goes on where it was (no boot again), ticking.
    await until(async () => (lastTick(await consoleOf(dst.m, 'portfill')) > before + 10 ? true : undefined), 30_000, 'portfill to tick on at the destination');
    expect(await consoleOf(dst.m, 'portfill')).not.toContain('ports open');
  });
});
