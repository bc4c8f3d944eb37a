import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, Datastore, DatastoreError, formatDomainConfig, parseDiskSpec, parseDomainConfig, vdevToDevid } from '../../src';

const FILE = '/etc/hvsim/disk.cfg';

describe('xl disk specs', () => {
  it('reads the key=value form and the positional form alike', () => {
    const want = { target: 'data.img', format: 'raw', vdev: 'xvda', devid: 51712, access: 'rw', devtype: 'disk' };
    expect(parseDiskSpec('format=raw, vdev=xvda, access=rw, target=data.img')).toEqual(want);
    expect(parseDiskSpec('data.img,raw,xvda,rw')).toEqual(want);
    expect(parseDiskSpec('data.img,,xvda')).toEqual(want);
    expect(parseDiskSpec('vdev=xvda, data.img')).toEqual(want);
    expect(parseDiskSpec('data.img,raw,xvdb,ro')).toMatchObject({ vdev: 'xvdb', devid: 51728, access: 'ro' });
    expect(parseDiskSpec('vdev=xvda, access=r, devtype=disk, target=a,b.img')).toMatchObject({ target: 'a,b.img', access: 'ro' });
  });

  it('numbers vdevs as libxl does', () => {
    expect(vdevToDevid('xvda')).toBe(51712);
    expect(vdevToDevid('xvdb')).toBe(51728);
    expect(vdevToDevid('xvda1')).toBe(51713);
    expect(vdevToDevid('xvdq')).toBe((1 << 28) | (16 << 8));
    expect(vdevToDevid('sda')).toBe(2048);
    expect(vdevToDevid('hda')).toBe(768);
    expect(vdevToDevid('hdb')).toBe(832);
    expect(vdevToDevid('hdc')).toBe(5632);
    expect(vdevToDevid('d0p1')).toBe(51713);
    expect(vdevToDevid('51712')).toBe(51712);
    for (const bad of ['', 'xvd', 'eth0', 'xvdA', 'sdz9999', '0', 'hde']) expect(vdevToDevid(bad)).toBeNull();
  });

  it('refuses what it cannot serve, saying why', () => {
    expect(() => parseDiskSpec('format=qcow2, vdev=xvda, target=a.img')).toThrow(/qcow2.*not supported/);
    expect(() => parseDiskSpec('a.img,,xvda,cdrom')).toThrow(/devtype "cdrom"/);
    expect(() => parseDiskSpec('a.img,raw,xvda,rx')).toThrow(/access "rx"/);
    expect(() => parseDiskSpec('vdev=xvda')).toThrow(/no target/);
    expect(() => parseDiskSpec('a.img')).toThrow(/no vdev/);
    expect(() => parseDiskSpec('a.img,raw,nonsense')).toThrow(/vdev "nonsense"/);
    expect(() => parseDiskSpec('vdev=xvda, vdev=xvdb, target=a')).toThrow(/vdev given twice/);
    expect(() => parseDiskSpec('colour=red, vdev=xvda, target=a')).toThrow(/unknown disk parameter "colour"/);
    expect(() => parseDiskSpec('a,raw,xvda,rw,extra')).toThrow(/too many positional/);
  });

  it('is part of the domain config: errors name file, line and key; the text round-trips', () => {
    const text = 'name = "d"\nkernel = "k.elf"\ndisk = [ "format=raw, vdev=xvda, access=rw, target=data.img",\n  "b.img,raw,xvdb,ro" ]\n';
    const parsed = parseDomainConfig(text, FILE);
    expect(parsed.config.disks.map((d) => [d.vdev, d.access])).toEqual([['xvda', 'rw'], ['xvdb', 'ro']]);
    expect(parsed.diskSources).toEqual([{ file: FILE, line: 3 }, { file: FILE, line: 4 }]);
    expect(parsed.warnings).toEqual([]); // disk= is implemented: no "unknown setting" warning
    expect(parseDomainConfig(formatDomainConfig(parsed.config), FILE).config).toEqual(parsed.config);

    let err: unknown;
    try {
      parseDomainConfig('name = "d"\nkernel = "k.elf"\ndisk = [ "a.img,raw,xvda",\n "b.img,qcow2,xvdb" ]\n', FILE);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(`${FILE}:4: disk: format "qcow2" is not supported (only raw)`);
    expect(() => parseDomainConfig('name = "d"\nkernel = "k"\ndisk = [ "a,,xvda", "b,,xvda" ]\n', FILE)).toThrow(/:3: disk: vdev xvda is given twice/);
  });
});

describe('the datastore', () => {
  let dir: string;
  let store: Datastore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-ds-'));
    store = new Datastore(path.join(dir, 'store'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      if (err instanceof DatastoreError) return `${err.errno}: ${err.message}`;
      throw err;
    }
    return 'ok';
  };
  const codeOf = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
    } catch (err) {
      if (err instanceof DatastoreError) return `${err.errno}: ${err.message}`;
      throw err;
    }
    return 'ok';
  };

  it('creates raw sparse images whole, and never overwrites one', async () => {
    const file = await store.create('data.img', 64 << 20);
    const st = fs.statSync(file);
    expect(st.size).toBe(64 << 20);
    expect(st.blocks * 512).toBeLessThan(1 << 20); // sparse
    fs.writeFileSync(file, Buffer.from('keep'), { flag: 'r+' });
    expect(await codeOf(store.create('data.img', 1024))).toMatch(/^EEXIST/);
    expect(fs.readFileSync(file).subarray(0, 4).toString()).toBe('keep');
    expect(fs.statSync(file).size).toBe(64 << 20);
    expect(fs.readdirSync(store.dir)).toEqual(['data.img']); // no temp file left behind
    for (const bad of [0, 1000, -512, 2 ** 42]) expect(await codeOf(store.create('x.img', bad))).toMatch(/^EINVAL/);
    for (const bad of ['', '../x.img', 'a/b.img', '..']) expect(await codeOf(store.create(bad, 1024))).toMatch(/^EINVAL/);
    expect(fs.existsSync(path.join(dir, 'x.img'))).toBe(false);
  });

  it('resolves targets to regular files inside it, and refuses everything else', async () => {
    await store.create('ok.img', 4096);
    fs.writeFileSync(path.join(dir, 'outside.img'), Buffer.alloc(4096));
    fs.mkdirSync(path.join(store.dir, 'sub.img'));
    fs.symlinkSync(path.join(dir, 'outside.img'), path.join(store.dir, 'link.img'));
    fs.writeFileSync(path.join(store.dir, 'odd.img'), Buffer.alloc(1000));
    expect(store.resolve('ok.img')).toBe(fs.realpathSync(path.join(store.dir, 'ok.img')));
    expect(code(() => store.resolve('../outside.img'))).toMatch(/^EACCES: target "..\/outside.img" is outside the datastore/);
    expect(code(() => store.resolve(path.join(dir, 'outside.img')))).toMatch(/^EACCES/);
    expect(code(() => store.resolve('link.img'))).toMatch(/^EACCES: .*leads outside/);
    expect(code(() => store.resolve('missing.img'))).toMatch(/^ENOENT: .*does not exist/);
    expect(code(() => store.resolve('sub.img'))).toMatch(/^EINVAL: .*is a directory/);
    expect(code(() => store.resolve('/dev/null'))).toMatch(/^EACCES/);
    expect(code(() => store.resolve('odd.img'))).toMatch(/^EINVAL: .*not a whole number/);
    expect(code(() => new Datastore(path.join(dir, 'nope')).resolve('ok.img'))).toMatch(/^ENOENT: the datastore/);
  });

  it('names a resolved file by its target again, as the cluster\'s disk locks key it', async () => {
    await store.create('ok.img', 4096);
    fs.mkdirSync(path.join(store.dir, 'vm'));
    fs.writeFileSync(path.join(store.dir, 'vm', 'root.img'), Buffer.alloc(4096));
    expect(store.targetOf(store.resolve('./ok.img'))).toBe('ok.img');
    expect(store.targetOf(store.resolve('vm/../vm/root.img'))).toBe('vm/root.img');
  });
});
