/**
 * How `hvsim cluster` verbs fail, as every other verb (and xl, and virsh) does: one line on
 * stderr, `hvsim: MESSAGE`, and exit status 1 whatever the errno — the refusals the cluster
 * makes (ClusterError) and an etcd that is not there, named by its address rather than by a
 * gRPC status text.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Etcd } from './rig';
import { HVSIM, freePort, type CliResult } from '../e2e-helpers';

jest.setTimeout(60_000);

function cluster(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [HVSIM, 'cluster', ...args], { timeout: 30_000, env: { ...process.env, HVSIM_CLUSTER: '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('hvsim cluster, failing', () => {
  let dir: string;
  let etcd: Etcd;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-cluster-errors-'));
    etcd = await Etcd.start(dir);
  });
  afterAll(async () => {
    await etcd?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints what the cluster refuses as one line and exits 1, whatever the errno', async () => {
    const refused = async (args: string[]): Promise<Omit<CliResult, 'stdout'>> => {
      const r = await cluster([...args, '--cluster', etcd.url]);
      return { code: r.code, stderr: r.stderr };
    };
    expect(await refused(['migrate', 'nope', 'h1'])).toEqual({ code: 1, stderr: 'hvsim: no clustered domain named nope\n' });
    expect(await refused(['destroy', 'nope'])).toEqual({ code: 1, stderr: 'hvsim: no clustered domain named nope\n' });
    expect(await refused(['leave', 'h9'])).toEqual({ code: 1, stderr: 'hvsim: no host named h9 in the cluster\n' });
    expect(await refused(['drs', '--level', '9'])).toEqual({ code: 1, stderr: 'hvsim: --level must be 0 (off) to 5, got 9\n' });
    expect(await refused(['rule', 'add', 'keep-apart', 'r1', 'a'])).toEqual({ code: 1, stderr: 'hvsim: a keep-apart rule needs at least two domains\n' });
  });
});

describe('hvsim cluster without its etcd', () => {
  it('names the address nothing answers at (from --cluster or $HVSIM_CLUSTER) and exits 1', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const hint = "(is it running? --cluster or $HVSIM_CLUSTER names it)";
    const flag = await cluster(['status', '--cluster', url]);
    expect({ code: flag.code, stdout: flag.stdout, stderr: flag.stderr }).toEqual({ code: 1, stdout: '', stderr: `hvsim: cannot reach the cluster's etcd at ${url} ${hint}\n` });
    const env = await cluster(['migrate', 'web', 'h2'], { HVSIM_CLUSTER: url });
    expect({ code: env.code, stderr: env.stderr }).toEqual({ code: 1, stderr: `hvsim: cannot reach the cluster's etcd at ${url} ${hint}\n` });
  });
});
