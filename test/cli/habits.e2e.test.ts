/**
 * End-to-end: xl's habits, through the real `hvsim` binary and a daemon on a real Unix socket
 * (run at --pace max, where a guest gets as far as it can before a client's next request):
 * create -c shows everything, warnings and errors reach the user who caused them, options are
 * named, the console takes piped input, and client verbs load only the client.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO, HVSIM, REPO, hvsim, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(60_000);

let daemon: Daemon;
let socket: string;
const cfg = (name: string): string => path.join(DEMO, `${name}.cfg`);

beforeAll(async () => {
  daemon = await startDaemon(['--pace', 'max']);
  socket = daemon.socket;
});

afterAll(async () => {
  await daemon?.stop();
});

/** Runs the CLI (dist/main.js, or ENTRY) with `node -r PRELOAD`; the preload reports on exit every module file loaded. */
function modulesLoadedBy(args: string[], entry = HVSIM): Promise<string[]> {
  const preload = path.join(daemon.dir, 'report-modules.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('MODULES ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', preload, entry, ...args, '--socket', socket], (err, _stdout, stderr) => {
      if (err) return reject(new Error(`${err.message}: ${stderr}`));
      const line = stderr.split('\n').find((l) => l.startsWith('MODULES '));
      resolve(JSON.parse(line!.slice('MODULES '.length)) as string[]);
    });
  });
}

describe('client verbs load only the client', () => {
  it('hvsim list requires neither the core, nor dom0, nor the hart', async () => {
    const loaded = await modulesLoadedBy(['list']);
    expect(loaded.some((f) => f.includes(`${path.sep}control${path.sep}`))).toBe(true);
    expect(loaded.filter((f) => /packages[\\/](hypervisor|dom0|riscv|abi)[\\/]/.test(f) || /[\\/]@hvsim[\\/](hypervisor|dom0|riscv|abi)[\\/]/.test(f))).toEqual([]);
  });

  it('hvsim list loads the envelope and ManagementService messages, not the whole schema nor the RPC server', async () => {
    const loaded = (await modulesLoadedBy(['list'])).map((f) => path.relative(REPO, f).split(path.sep).join('/'));
    const gen = loaded.filter((f) => f.startsWith('packages/control/src/gen/'));
    expect(gen.sort()).toEqual(['packages/control/src/gen/frame.js', 'packages/control/src/gen/management.js']);
    expect(loaded.filter((f) => /^packages\/control\/dist\/(schema|rpc\/server|index)\.js$/.test(f))).toEqual([]);
    // From the host, only its client entry: not the embedding API nor the boot loader.
    expect(loaded.filter((f) => f.startsWith('packages/host/'))).toContain('packages/host/dist/client.js');
    expect(loaded.filter((f) => /^packages\/host\/dist\/(index|api|boot\/)/.test(f))).toEqual([]);
  });

  it('through the bin, hvsim list loads the launcher and runs the rest from the bundle (npm run build)', async () => {
    const loaded = (await modulesLoadedBy(['list'], path.join(REPO, 'packages', 'cli', 'bin', 'hvsim.js'))).map((f) => path.relative(REPO, f).split(path.sep).join('/'));
    expect(loaded.filter((f) => !f.endsWith('report-modules.js')).sort()).toEqual(['packages/cli/bin/hvsim.js', 'packages/cli/dist/bundle-header.js', 'packages/cli/dist/launch.js']);
  });
});

describe('create -c', () => {
  it('attaches before the domain runs and shows all it printed until it went away', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await hvsim(socket, ['create', '-c', cfg('hello')]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^Hello from domain \d+!\nXen 4\.17\.0-hvsim1\.0, 1024 pages of RAM/);
    }
    expect((await listJson(socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it('with -p attaches and leaves the domain paused until someone unpauses it', async () => {
    const attached = hvsim(socket, ['create', '-c', '-p', cfg('hello'), 'name="held"']);
    await until(async () => ((await listJson(socket)).find((d) => d.name === 'held')?.state === '--p---' ? true : undefined), 10_000, 'held to exist');
    await ok(socket, ['unpause', 'held']);
    const r = await attached;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Hello from domain \d+!\n/);
  });
});

describe('warnings reach the user who caused them', () => {
  it('create prints on stderr what the config asked for that hvsim does not do', async () => {
    const file = path.join(daemon.dir, 'net.cfg');
    fs.writeFileSync(file, `name = "net"\nkernel = "${path.join(DEMO, 'spin.elf')}"\nvtpm = [ "backend=0" ]\n`);
    const r = await hvsim(socket, ['create', '-p', file, 'builder="generic"']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Created domain net (domid ' + (await listJson(socket)).find((d) => d.name === 'net')?.domid + '), paused\n');
    expect(r.stderr.split('\n')).toEqual([
      `hvsim: warning: ${file}:3: vtpm: unknown setting, ignored`,
      'hvsim: warning: command line:1: builder: unknown setting, ignored',
      '',
    ]);
    await ok(socket, ['destroy', 'net']);
  });
});

/** Runs `hvsim ARGS` with `input` on its stdin (a pipe, ended after it). */
function withStdin(args: string[], input: string, timeoutMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [HVSIM, ...args, '--socket', socket], { timeout: timeoutMs }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe('console with piped stdin', () => {
  it('forwards the input to the guest and detaches at its end', async () => {
    await ok(socket, ['create', cfg('xsinfo'), 'name="piped"']);
    const r = await withStdin(['console', 'piped'], 'hello pipe\n');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const seen = await until(async () => {
      const text = await ok(socket, ['console', '--no-follow', 'piped']);
      return text.includes('xsinfo: you typed "hello pipe"') ? text : undefined;
    }, 10_000, 'the guest to echo the piped line');
    expect(seen).toContain('type a line at the console');
    // Detaching left the domain running.
    expect((await listJson(socket)).find((d) => d.name === 'piped')?.state).toMatch(/^[r-][b-]-{4}$/);
    await ok(socket, ['destroy', 'piped']);
  });

  it('sends input longer than one piece (1 KiB) whole and in order', async () => {
    await ok(socket, ['create', cfg('xsinfo'), 'name="long-pipe"']);
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i} ${'x'.repeat(110)}`);
    const r = await withStdin(['console', 'long-pipe'], lines.join('\n') + '\n');
    expect(r.code).toBe(0);
    const text = await until(async () => {
      const t = await ok(socket, ['console', '--no-follow', 'long-pipe']);
      return t.includes('you typed "line 19 ') ? t : undefined;
    }, 20_000, 'the guest to echo the last line');
    const echoed = [...text.matchAll(/you typed "(line \d+) x*"/g)].map((m) => m[1]);
    expect(echoed).toEqual(lines.map((l) => l.split(' ').slice(0, 2).join(' ')));
    await ok(socket, ['destroy', 'long-pipe']);
  });
});

describe('mem-max refuses what xl refuses', () => {
  it('below what the domain holds, and below its balloon target', async () => {
    await ok(socket, ['create', '-p', cfg('spin'), 'name="capped"', 'maxmem=8']);
    const below = await hvsim(socket, ['mem-max', 'capped', '1m']);
    expect({ code: below.code, stderr: below.stderr }).toEqual({
      code: 1, stderr: 'hvsim: cannot set the maximum memory of capped to 1 MiB: below its current memory of 4 MiB (mem-set it lower first)\n',
    });
    await ok(socket, ['mem-set', 'capped', '6m']);
    const belowTarget = await hvsim(socket, ['mem-max', 'capped', '5m']);
    expect(belowTarget.stderr).toBe('hvsim: cannot set the maximum memory of capped to 5 MiB: below its balloon target of 6 MiB (mem-set it lower first)\n');
    const max = async (): Promise<number> => (JSON.parse(await ok(socket, ['list', '-l', 'capped'])) as Array<{ max_memory_kb: number }>)[0].max_memory_kb;
    expect(await max()).toBe(8192);
    await ok(socket, ['mem-max', 'capped', '6m']);
    expect(await max()).toBe(6144);
    await ok(socket, ['destroy', 'capped']);
  });
});

describe('errors name what the user knows', () => {
  it('names an unknown option instead of what it did to the rest of the line', async () => {
    const r = await hvsim(socket, ['destroy', '-f', 'x']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: 'hvsim: unknown option -f (hvsim destroy --help lists its options)\n' });
    expect((await hvsim(socket, ['list', '--jsn'])).stderr).toBe('hvsim: unknown option --jsn (hvsim list --help lists its options)\n');
    expect((await hvsim(socket, ['create', '-pq', cfg('spin')])).stderr).toBe('hvsim: unknown option -q (hvsim create --help lists its options)\n');
  });

  it('never shows internal RPC names', async () => {
    await ok(socket, ['create', '-p', cfg('spin'), 'name="mover"']);
    const nowhere = path.join(daemon.dir, 'nobody.sock');
    const r = await hvsim(socket, ['migrate', 'mover', nowhere]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: `hvsim: migration destination ${nowhere}: no daemon running at ${nowhere}\n` });
    expect((await listJson(socket)).find((d) => d.name === 'mover')?.state).toBe('--p---');
    await ok(socket, ['destroy', 'mover']);
  });

  it('says memory in MiB, and a negative number is not a bare word', async () => {
    await ok(socket, ['create', '-p', cfg('spin'), 'name="big1"', 'memory=2000']);
    const r = await hvsim(socket, ['create', '-p', cfg('spin'), 'name="big2"', 'memory=2000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hvsim: not enough memory: domain needs 2000 MiB, (\d+) MiB free\n$/);
    expect(Number(/(\d+) MiB free/.exec(r.stderr)![1])).toBeLessThan(2000);
    await ok(socket, ['destroy', 'big1']);

    const file = path.join(daemon.dir, 'negative.cfg');
    fs.writeFileSync(file, `name = "neg"\nkernel = "${path.join(DEMO, 'spin.elf')}"\nmemory = -4\n`);
    expect((await hvsim(socket, ['create', file])).stderr).toBe(`hvsim: ${file}:3: memory: must be a positive number, got -4\n`);
  });
});

describe('daemons beside each other', () => {
  it('boot --detach reports a failed autostart entry and exits non-zero; two daemons share a sticky directory and nothing else', async () => {
    const shared = path.join(daemon.dir, 'shared');
    fs.mkdirSync(shared);
    fs.chmodSync(shared, 0o1777);
    const hostCfg = path.join(daemon.dir, 'host.cfg');
    const missing = path.join(daemon.dir, 'missing.cfg');
    fs.writeFileSync(hostCfg, `autostart = [ "${cfg('sleeper')}", "${missing}" ]\n`);
    const x = path.join(shared, 'x.sock');
    const y = path.join(shared, 'y.sock');
    try {
      const boot = await hvsim(x, ['boot', '--detach', '--config', hostCfg]);
      expect(boot.code).toBe(1);
      expect(boot.stdout).toMatch(new RegExp(`^hvsim: daemon \\d+ listening on ${x} \\(log: ${path.join(shared, 'x.log')}\\)\n$`));
      const lines = boot.stderr.split('\n');
      expect(lines[0]).toMatch(new RegExp(`^hvsim: autostart: ${missing}: .*ENOENT`));
      expect(lines.slice(1)).toEqual([expect.stringMatching(/^hvsim: 1 of 2 autostart domains did not start; the daemon \(pid \d+\) runs on without them$/), '']);
      expect((await listJson(x)).map((d) => d.name)).toEqual(['Domain-0', 'sleeper']);

      await ok(y, ['boot', '--detach']);
      expect(fs.statSync(shared).mode & 0o7777).toBe(0o1777);
      expect(await ok(x, ['info', '--env'])).toBe(`export HVSIM_SOCKET=${x}\nexport XENSTORED_PATH=${path.join(shared, 'x.xenstored.sock')}\n`);
      expect(await ok(y, ['info', '--env'])).toBe(`export HVSIM_SOCKET=${y}\nexport XENSTORED_PATH=${path.join(shared, 'y.xenstored.sock')}\n`);
      for (const f of ['x.sock', 'x.xenstored.sock', 'y.sock', 'y.xenstored.sock']) expect(fs.statSync(path.join(shared, f)).mode & 0o777).toBe(0o600);
      expect(fs.existsSync(path.join(shared, 'y.log'))).toBe(true);

      await ok(x, ['halt']);
      await until(async () => (fs.existsSync(x) ? undefined : true), 10_000, 'x to stop');
      // The datastore is shared on purpose: hosts that share one can move a domain's disks.
      expect(fs.readdirSync(shared).sort()).toEqual(['datastore', 'x.log', 'y.log', 'y.sock', 'y.xenstored.sock']);
    } finally {
      await hvsim(x, ['halt']);
      await hvsim(y, ['halt']);
    }
  });
});
