/**
 * End-to-end, through the real `hvsim` binary and a daemon's socket: files are never lost and
 * never block the daemon (issue 13, "Files"), and restore refuses what a crafted image holds
 * (issue 15, items 2–4).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RpcError, StatusCode, decodeVcpuContext } from '@hvsim/control';
import { SAVE_FORMAT_JSON_CONTEXTS, decodeSaveImage, encodeSaveImage, type SaveMetadata } from '@hvsim/dom0';
import { DEMO, client, hvsim, listJson, ok, startDaemon, until, type CliResult, type Daemon } from '../e2e-helpers';

jest.setTimeout(120_000);

const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

let d: Daemon;

beforeAll(async () => {
  d = await startDaemon();
});

afterAll(async () => {
  await d?.stop();
});

async function stateOf(name: string): Promise<string | undefined> {
  return (await listJson(d.socket)).find((x) => x.name === name)?.state;
}

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo ${file} failed: ${r.stderr.toString()}`);
}

/**
 * A character device to save onto: a node of our own (as /dev/full: 1, 7) where we may make
 * one, so that a regression cannot replace the system's; without that right /dev/full itself,
 * which a process without it cannot replace either.
 */
function charDevice(): string {
  const node = path.join(d.dir, 'full');
  return spawnSync('mknod', [node, 'c', '1', '7']).status === 0 ? node : '/dev/full';
}

/** Lets a reader blocked in open() of the FIFO go (the daemon before the fix), so the test cleans up. */
function releaseFifo(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch {
    // No reader: nothing is blocked on it.
  }
}

/** Starts `hvsim ARGS`, then checks the daemon answers `hvsim list` while that command is under way. */
async function answersListDuring(args: string[]): Promise<{ during: CliResult; result: CliResult }> {
  const pending = hvsim(d.socket, args, 15_000);
  await new Promise((r) => setTimeout(r, 300));
  const during = await hvsim(d.socket, ['list'], 5_000);
  return { during, result: await pending };
}

describe('hvsim save never loses a domain', () => {
  it('save to an existing directory fails naming it, and the domain keeps running', async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="s-dir"']);
    const dir = path.join(d.dir, 'a-directory');
    fs.mkdirSync(dir);
    const r = await hvsim(d.socket, ['save', 's-dir', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(dir);
    expect(r.stderr).toContain('is a directory');
    expect(await stateOf('s-dir')).toMatch(/^[-rb]+$/); // there, and not paused
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(fs.readdirSync(d.dir).filter((f) => f.includes('.tmp'))).toEqual([]);

    // The path is refused before the domain is touched, so -p does not pause it either.
    const paused = await hvsim(d.socket, ['save', '-p', 's-dir', dir]);
    expect(paused.code).not.toBe(0);
    expect(await stateOf('s-dir')).toMatch(/^[-rb]+$/);
    await ok(d.socket, ['destroy', 's-dir']);
  });

  it('save never replaces a device node, a FIFO or a socket', async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="s-dev"']);
    const fifo = path.join(d.dir, 'out.fifo');
    mkfifo(fifo);
    for (const target of [charDevice(), fifo, d.socket]) {
      const before = fs.statSync(target);
      const r = await hvsim(d.socket, ['save', 's-dev', target]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`${target}: not a regular file`);
      const after = fs.statSync(target);
      expect([after.ino, after.mode, after.rdev]).toEqual([before.ino, before.mode, before.rdev]);
      expect(await stateOf('s-dev')).toMatch(/^[-rb]+$/);
    }
    await ok(d.socket, ['destroy', 's-dev']);
  });

  it('a save into a directory that does not exist fails before the domain is touched', async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="s-nodir"']);
    const file = path.join(d.dir, 'no', 'such', 'dir', 'x.save');
    const r = await hvsim(d.socket, ['save', 's-nodir', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(file);
    expect(await stateOf('s-nodir')).toMatch(/^[-rb]+$/);
    await ok(d.socket, ['destroy', 's-nodir']);
  });

  it('a save replaces an existing regular file whole', async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="s-over"']);
    const file = path.join(d.dir, 'over.save');
    fs.writeFileSync(file, 'old contents');
    await ok(d.socket, ['save', 's-over', file]);
    expect(fs.readFileSync(file).subarray(0, 10).toString()).toBe('hvsim-save');
    expect(await stateOf('s-over')).toBeUndefined();
    expect(fs.readdirSync(d.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('reads of kernels and save images never block the daemon', () => {
  it('a FIFO kernel fails with a clear error while the daemon keeps answering', async () => {
    const fifo = path.join(d.dir, 'kernel.fifo');
    mkfifo(fifo);
    const config = path.join(d.dir, 'fifo.cfg');
    fs.writeFileSync(config, `name = "fifo"\nkernel = "${fifo}"\nmemory = 4\n`);
    try {
      const { during, result } = await answersListDuring(['create', config]);
      expect(during.code).toBe(0);
      expect(during.stdout).toContain('Domain-0');
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`${fifo}: not a regular file`);
    } finally {
      releaseFifo(fifo);
    }
  });

  it('kernel = "/dev/zero" fails with a clear error while the daemon keeps answering', async () => {
    const config = path.join(d.dir, 'zero.cfg');
    fs.writeFileSync(config, 'name = "zero"\nkernel = "/dev/zero"\nmemory = 4\n');
    const { during, result } = await answersListDuring(['create', config]);
    expect(during.code).toBe(0);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('/dev/zero: not a regular file');
  });

  it('restore from a FIFO or /dev/zero fails with a clear error while the daemon keeps answering', async () => {
    const fifo = path.join(d.dir, 'image.fifo');
    mkfifo(fifo);
    try {
      for (const source of [fifo, '/dev/zero']) {
        const { during, result } = await answersListDuring(['restore', source]);
        expect(during.code).toBe(0);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain(`${source}: not a regular file`);
      }
    } finally {
      releaseFifo(fifo);
    }
  });

  it('create refuses a config file that is a FIFO or a device, at once', async () => {
    const fifo = path.join(d.dir, 'config.fifo');
    mkfifo(fifo);
    for (const config of [fifo, '/dev/zero']) {
      const r = await hvsim(d.socket, ['create', config], 5_000);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`${config}: not a regular file`);
    }
  });

  it('restore from a directory fails naming it', async () => {
    const r = await hvsim(d.socket, ['restore', d.dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${d.dir}: not a regular file`);
  });
});

describe('restore checks every field of a save image (issue 15)', () => {
  let image: Buffer;

  beforeAll(async () => {
    await ok(d.socket, ['create', cfg('xsinfo'), 'name="model"']);
    await until(async () => ((await ok(d.socket, ['console', '--no-follow', 'model'])).includes('watching control/shutdown') ? true : undefined), 10_000, 'xsinfo ready');
    const file = path.join(d.dir, 'model.save');
    await ok(d.socket, ['save', 'model', file]);
    image = fs.readFileSync(file);
  });

  /** The model image with its metadata changed by `mutate`, written to a file (in format 2,
   *  whose JSON vCPU contexts can hold any crafted value, when `mutate` changes a context). */
  function crafted(name: string, mutate: (meta: SaveMetadata) => void, version?: number): string {
    const { meta, pages } = decodeSaveImage(image);
    mutate(meta);
    const file = path.join(d.dir, `${name}.save`);
    fs.writeFileSync(file, encodeSaveImage(meta, [...pages.values()], version));
    return file;
  }

  /** Changes the saved vCPU 0 context with `mutate`, as format 2's JSON (see crafted). */
  const withContext = (mutate: (ctx: Record<string, unknown> & { hart: Record<string, unknown> }) => void) => (meta: SaveMetadata): void => {
    for (const v of meta.vcpus) v.hartState = jsonContext(v.hartState);
    const ctx = JSON.parse(Buffer.from(meta.vcpus[0].hartState, 'base64').toString('utf8'));
    mutate(ctx);
    meta.vcpus[0].hartState = Buffer.from(JSON.stringify(ctx)).toString('base64');
  };

  it('a non-numeric timer deadline is refused, and the machine keeps running', async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="witness"']);
    for (const key of ['singleshotDeadline', 'sbiTimerDeadline']) {
      const file = crafted(`deadline-${key}`, withContext((ctx) => {
        ctx[key] = 'abc';
      }), SAVE_FORMAT_JSON_CONTEXTS);
      const r = await hvsim(d.socket, ['restore', file]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`${file}: metadata: vcpus[0].hartState: ${key}: "abc" is not an integer`);
    }
    expect((await listJson(d.socket)).map((x) => x.name)).toEqual(['Domain-0', 'witness']);
    const ticks = async (): Promise<number> => ((await ok(d.socket, ['console', '--no-follow', 'witness'])).match(/tick/g) ?? []).length;
    const before = await ticks();
    await until(async () => ((await ticks()) > before ? true : undefined), 10_000, 'the witness to tick on');
    await ok(d.socket, ['destroy', 'witness']);
  });

  it('a vCPU context missing csr or x is EINVAL, never an internal error', async () => {
    for (const key of ['csr', 'x']) {
      const file = crafted(`missing-${key}`, withContext((ctx) => {
        delete ctx.hart[key];
      }), SAVE_FORMAT_JSON_CONTEXTS);
      const r = await hvsim(d.socket, ['restore', file]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`vcpus[0].hartState: hart: ${key} is missing`);
      expect(r.stderr).not.toMatch(/internal/i);
    }
  });

  it("xenstore state naming another domain as a node's owner is refused (no quota charged to it)", async () => {
    await ok(d.socket, ['create', cfg('sleeper'), 'name="victim"']);
    const victim = (await listJson(d.socket)).find((x) => x.name === 'victim')!.domid;
    const file = crafted('quota', (meta) => {
      const xs = meta.services.xenstore as { nodes: Array<{ path: string; value: string; perms: Array<{ domid: number; perm: string }> }> };
      for (let i = 0; i < 50; i++) xs.nodes.push({ path: `data/n${i}`, value: '', perms: [{ domid: victim, perm: 'n' }] });
    });
    const r = await hvsim(d.socket, ['restore', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`node "data/n0" is owned by domain ${victim}, not by the saved domain`);
    expect((await listJson(d.socket)).map((x) => x.name)).toEqual(['Domain-0', 'victim']);
    await ok(d.socket, ['destroy', 'victim']);

    const flood = crafted('flood', (meta) => {
      const xs = meta.services.xenstore as { nodes: Array<{ path: string; value: string; perms: Array<{ domid: number; perm: string }> }> };
      for (let i = 0; i < 5000; i++) xs.nodes.push({ path: `data/n${i}`, value: '', perms: [{ domid: meta.domid, perm: 'n' }] });
    });
    const r2 = await hvsim(d.socket, ['restore', flood]);
    expect(r2.code).not.toBe(0);
    expect(r2.stderr).toMatch(/xenstore state in the save image: \d+ nodes, more than the \d+ a domain may own/);
    expect((await listJson(d.socket)).map((x) => x.name)).toEqual(['Domain-0']);
  });

  it('no crafted image gives an internal error: 300 seeded mutations', async () => {
    const { rpc, m } = await client(d.socket);
    try {
      const freeBefore = Number((await m.Physinfo({})).physinfo!.freePages);
      const rng = new SeededRandom(15);
      const codes = new Map<string, number>();
      for (let i = 0; i < 300; i++) {
        const bytes = mutateImage(image, rng);
        try {
          const r = await m.Restore({ image: bytes, paused: true });
          codes.set('OK', (codes.get('OK') ?? 0) + 1);
          await m.DestroyDomain({ domain: String(r.domid) });
        } catch (err) {
          expect(err).toBeInstanceOf(RpcError);
          const e = err as RpcError;
          if (e.code === StatusCode.STATUS_CODE_INTERNAL || e.code === StatusCode.STATUS_CODE_UNSPECIFIED) throw new Error(`input ${i}: ${e.codeName}: ${e.message}`);
          codes.set(e.codeName, (codes.get(e.codeName) ?? 0) + 1);
        }
      }
      expect(codes.get('EINVAL')).toBeGreaterThan(100);
      expect(Number((await m.Physinfo({})).physinfo!.freePages)).toBe(freeBefore);
      expect((await listJson(d.socket)).map((x) => x.name)).toEqual(['Domain-0']);
    } finally {
      rpc.close();
    }
  });
});

/** xorshift32: the same seed gives the same inputs, run after run. */
class SeededRandom {
  constructor(private state: number) {}
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** Values a field might be given: wrong types, out of range, not numbers at all. */
const ODD_VALUES: unknown[] = ['abc', '', '1', -1, 1.5, 2 ** 53, -(2 ** 31) - 1, 2 ** 32, 1e308, null, true, [], {}, [1, 2], { a: 1 }, 0, 4095, 65536];

/**
 * One crafted image: the model's metadata (and, in half the cases, its vCPU context) with one
 * to three fields replaced, removed or added, at any depth; then encoded with a valid checksum
 * (a corrupt one is refused before any field is looked at, which would test nothing).
 */
function mutateImage(image: Buffer, rng: SeededRandom): Uint8Array {
  const { meta, pages } = decodeSaveImage(image);
  // Format 2, whose JSON vCPU contexts can hold values of any type to mutate into.
  for (const v of meta.vcpus) v.hartState = jsonContext(v.hartState);
  const ctx = JSON.parse(Buffer.from(meta.vcpus[0].hartState, 'base64').toString('utf8')) as unknown;
  const inContext = rng.next() < 0.5;
  const root = (inContext ? ctx : meta) as Record<string, unknown>;
  for (let n = 1 + rng.below(3); n > 0; n--) mutateSomewhere(root, rng);
  if (inContext) meta.vcpus[0].hartState = Buffer.from(JSON.stringify(ctx)).toString('base64');
  return encodeSaveImage(meta, [...pages.values()], SAVE_FORMAT_JSON_CONTEXTS);
}

/** A current hart_state (base64) as format 2 carried it: the same context as JSON. */
function jsonContext(hartState: string): string {
  return Buffer.from(JSON.stringify(decodeVcpuContext(Buffer.from(hartState, 'base64')))).toString('base64');
}

function mutateSomewhere(root: Record<string, unknown>, rng: SeededRandom): void {
  let node: Record<string, unknown> = root;
  for (;;) {
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = rng.pick(keys);
    const child = node[key];
    if (typeof child === 'object' && child !== null && rng.next() < 0.6) {
      node = child as Record<string, unknown>;
      continue;
    }
    const roll = rng.below(3);
    if (roll === 0) delete node[key];
    else if (roll === 1) node[key] = rng.pick(ODD_VALUES);
    else node[`${key}X`] = rng.pick(ODD_VALUES);
    return;
  }
}

describe('console logs are regular files only', () => {
  it('a domain whose log would be a FIFO fails to create, naming it; the daemon keeps serving', async () => {
    const logged = await startDaemon(['--log-dir', path.join(d.dir, 'logs')]);
    try {
      const logDir = path.join(d.dir, 'logs');
      fs.mkdirSync(logDir, { recursive: true });
      mkfifo(path.join(logDir, 'guest-piped.log'));
      const r = await hvsim(logged.socket, ['create', cfg('sleeper'), 'name="piped"'], 10_000);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`${path.join(logDir, 'guest-piped.log')}: not a regular file (it is a FIFO)`);
      expect((await listJson(logged.socket)).map((x) => x.name)).toEqual(['Domain-0']);
      await ok(logged.socket, ['create', cfg('sleeper'), 'name="fine"']);
      const rename = await hvsim(logged.socket, ['rename', 'fine', 'piped']);
      expect(rename.code).not.toBe(0);
      expect(rename.stderr).toContain('not a regular file');
      expect((await listJson(logged.socket)).map((x) => x.name)).toEqual(['Domain-0', 'fine']);
    } finally {
      await logged.stop();
    }
  });
});
