/**
 * End-to-end, through the real `hvsim` binary and a daemon's socket: files are never lost and
 * never block the daemon (issue 13, "Files"), and restore refuses what a crafted image holds
 * (issue 15, items 2–4).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, hvsim, listJson, ok, startDaemon, until, type CliResult, type Daemon } from './e2e-helpers';

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

  it('restore from a directory fails naming it', async () => {
    const r = await hvsim(d.socket, ['restore', d.dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${d.dir}: not a regular file`);
  });
});
