/**
 * Disk lock files in a datastore, as two daemons sharing it see them (two DatastoreDiskLocks,
 * each one daemon): read-write excludes everything across daemons, read-only is shared, a
 * migration's offered lock goes only to the same domain, only its owner removes a lock, a
 * lock of a dead local daemon is stale, and a file hvsim did not write is never taken.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DatastoreDiskLocks } from '../../src/devices/datastore-locks';

let dir: string;
let image: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-locks-'));
  image = path.join(dir, 'data.img');
  fs.writeFileSync(image, '');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dom = (domid: number, uuid = `uuid-${domid}`): { domid: number; uuid: string } => ({ domid, uuid });
const lockFile = (): string => path.join(dir, '.data.img.lock');

test('read-write excludes every other open across daemons; read-only is shared', async () => {
  const a = new DatastoreDiskLocks();
  const b = new DatastoreDiskLocks();
  expect(await a.acquire(image, dom(1), 'rw')).toBeNull();
  expect(await b.acquire(image, dom(7), 'rw')).toMatch(new RegExp(`data\\.img is already in use read-write by domain 1 of the hvsim daemon with pid ${process.pid}`));
  expect(await b.acquire(image, dom(7), 'ro')).toMatch(/already in use read-write by domain 1/);
  await a.release(image, dom(1), 'rw');
  expect(fs.existsSync(lockFile())).toBe(false);

  expect(await a.acquire(image, dom(1), 'ro')).toBeNull();
  expect(await b.acquire(image, dom(7), 'ro')).toBeNull();
  expect(await b.acquire(image, dom(8), 'rw')).toMatch(/already in use read-only by domain 1/);
  expect(fs.existsSync(lockFile())).toBe(false); // the refused writer left nothing
  await a.release(image, dom(1), 'ro');
  await b.release(image, dom(7), 'ro');
  expect(await b.acquire(image, dom(8), 'rw')).toBeNull();
  expect(fs.readdirSync(dir).sort()).toEqual(['.data.img.lock', 'data.img']);
});

test('an offered lock goes to the same domain elsewhere only; the source then leaves it alone, or reclaims it', async () => {
  const src = new DatastoreDiskLocks();
  const dst = new DatastoreDiskLocks();
  expect(await src.acquire(image, dom(3, 'U'), 'rw')).toBeNull();
  expect(await dst.acquire(image, dom(9, 'U'), 'rw')).toMatch(/in use/); // not offered yet
  await src.offer(image, dom(3, 'U'));
  expect(await dst.acquire(image, dom(9, 'other'), 'rw')).toMatch(/in use/); // another domain
  expect(await dst.acquire(image, dom(9, 'U'), 'rw')).toBeNull(); // the commit
  await src.release(image, dom(3, 'U'), 'rw'); // the source destroys its copy: not its lock any more
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ domid: 9, uuid: 'U', offered: false });
  expect(await src.acquire(image, dom(4), 'rw')).toMatch(/in use read-write by domain 9/);

  // A migration back that fails after the offer: its source (now dst) reclaims the lock.
  await dst.offer(image, dom(9, 'U'));
  await dst.reclaim(image, dom(9, 'U'));
  expect(await src.acquire(image, dom(3, 'U'), 'rw')).toMatch(/in use read-write by domain 9/);
});

test('a lock of a daemon gone from this machine is stale and taken; one hvsim did not write is refused, never removed', async () => {
  const deadPid = 4_194_305; // above Linux's largest pid_max: no process has it
  const stale = { host: os.hostname(), pid: deadPid, daemon: 'gone', domid: 5, uuid: 'V', offered: false };
  fs.writeFileSync(lockFile(), JSON.stringify(stale));
  const a = new DatastoreDiskLocks();
  expect(await a.acquire(image, dom(1), 'rw')).toBeNull();
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ domid: 1, pid: process.pid });
  await a.release(image, dom(1), 'rw');

  fs.writeFileSync(path.join(dir, '.data.img.ro.gone'), JSON.stringify(stale));
  expect(await a.acquire(image, dom(1), 'rw')).toBeNull(); // a stale reader does not stop a writer
  expect(fs.existsSync(path.join(dir, '.data.img.ro.gone'))).toBe(false);
  await a.release(image, dom(1), 'rw');

  fs.writeFileSync(lockFile(), 'not json');
  expect(await a.acquire(image, dom(1), 'rw')).toMatch(/locked by .*\.data\.img\.lock, which hvsim did not write/);
  expect(await a.acquire(image, dom(1), 'ro')).toMatch(/which hvsim did not write/);
  expect(fs.readFileSync(lockFile(), 'utf8')).toBe('not json');
  expect(fs.readdirSync(dir).sort()).toEqual(['.data.img.lock', 'data.img']);
});

test('a lock of a killed daemon that nobody reaped (a zombie) is stale too', async () => {
  // The zombie: a child that exits under a parent (exec'd sleep) that never waits for it, as a
  // killed --detach daemon stays under a PID 1 that reaps no orphans.
  const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (b: Buffer) => resolve(b.toString()))));
    const state = (): string => { const st = fs.readFileSync(`/proc/${zombie}/stat`, 'utf8'); return st.charAt(st.lastIndexOf(')') + 2); };
    for (let i = 0; i < 100 && state() !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(state()).toBe('Z');
    fs.writeFileSync(lockFile(), JSON.stringify({ host: os.hostname(), pid: zombie, daemon: 'killed', domid: 5, uuid: 'V', offered: false }));
    expect(await new DatastoreDiskLocks().acquire(image, dom(1), 'rw')).toBeNull();
    // A live process of this machine still holds its lock.
    fs.writeFileSync(lockFile(), JSON.stringify({ host: os.hostname(), pid: parent.pid, daemon: 'live', domid: 6, uuid: 'U', offered: false }));
    expect(await new DatastoreDiskLocks().acquire(image, dom(2), 'rw')).toMatch(/in use read-write by domain 6/);
  } finally {
    parent.kill();
  }
});

test('a lock of another machine or of a stopped daemon is taken only when ownerGone says its owner is gone', async () => {
  const far = { host: 'elsewhere', pid: 1, daemon: 'far', domid: 5, uuid: 'W', offered: false };
  fs.writeFileSync(lockFile(), JSON.stringify(far));
  expect(await new DatastoreDiskLocks().acquire(image, dom(1), 'rw')).toMatch(/in use read-write by domain 5 of the hvsim daemon with pid 1 on elsewhere/);
  const fenced = new DatastoreDiskLocks((owner) => owner.host === 'elsewhere' && owner.uuid === 'W');
  expect(await fenced.acquire(image, dom(1, 'W'), 'rw')).toBeNull();
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ domid: 1, uuid: 'W', pid: process.pid });
});

test('ownerGone is asked about the image (and may answer later): a stopped daemon\'s lock is taken only on a yes', async () => {
  const stopped = { host: os.hostname(), pid: process.pid, daemon: 'stopped', domid: 5, uuid: 'W', offered: false };
  fs.writeFileSync(lockFile(), JSON.stringify(stopped));
  const asked: string[] = [];
  const no = new DatastoreDiskLocks(async (_owner, file) => {
    asked.push(file);
    return false;
  });
  expect(await no.acquire(image, dom(1), 'rw')).toMatch(/in use read-write by domain 5/);
  expect(asked).toEqual([image]);
  const yes = new DatastoreDiskLocks(async (owner, file) => file === image && owner.daemon === 'stopped');
  expect(await yes.acquire(image, dom(1, 'W'), 'rw')).toBeNull();
  expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))).toMatchObject({ domid: 1, uuid: 'W' });
});

test('a FIFO planted as the lock file is refused as garbage, without blocking on it', async () => {
  execFileSync('mkfifo', [lockFile()]);
  expect(await new DatastoreDiskLocks().acquire(image, dom(1), 'rw')).toMatch(/which hvsim did not write/);
  expect(fs.statSync(lockFile()).isFIFO()).toBe(true); // left alone
});
