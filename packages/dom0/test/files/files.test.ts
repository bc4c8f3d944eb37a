import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DurableFile, writeFileDurably, writeFileDurablySync } from '@hvsim/files';
import { FileError, openAppendLog, readRegularFile, readRegularFileSync } from '@hvsim/files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-files-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function fifo(name: string): string {
  const file = path.join(dir, name);
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

describe('reading regular files', () => {
  it('reads a file whole, within its cap, and refuses one over it', async () => {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, 'x'.repeat(100));
    expect((await readRegularFile(file, 100)).toString()).toBe('x'.repeat(100));
    expect(readRegularFileSync(file, 100).toString()).toBe('x'.repeat(100));
    await expect(readRegularFile(file, 99)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(() => readRegularFileSync(file, 99)).toThrow(/more than the 99 bytes allowed/);
    fs.writeFileSync(file, '');
    expect((await readRegularFile(file, 10)).length).toBe(0);
  });

  it('refuses a FIFO without a writer at once, and devices and directories, naming them', async () => {
    for (const [file, kind] of [[fifo('p'), 'a FIFO'], ['/dev/zero', 'a character device'], [dir, 'a directory']]) {
      await expect(readRegularFile(file, 1 << 20)).rejects.toThrow(`${file}: not a regular file (it is ${kind})`);
      expect(() => readRegularFileSync(file, 1 << 20)).toThrow(FileError);
    }
    await expect(readRegularFile(path.join(dir, 'none'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('DurableFile', () => {
  it('replaces an existing file whole, keeping its mode, and leaves no temporary file', async () => {
    const file = path.join(dir, 'img');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await writeFileDurably(file, Buffer.from('new contents'));
    expect(fs.readFileSync(file, 'utf8')).toBe('new contents');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['img']);
  });

  it('leaves the target as it was until commit, and as it was when discarded', async () => {
    const file = path.join(dir, 'img');
    fs.writeFileSync(file, 'old');
    const out = await DurableFile.create(file);
    await out.write(Buffer.from('half'));
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    await out.discard();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['img']);
  });

  it('writes through a symbolic link to the file it names; the link stays', async () => {
    const real = path.join(dir, 'real');
    const link = path.join(dir, 'link');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);
    await writeFileDurably(link, Buffer.from('new'));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
  });

  it('refuses directories, FIFOs, sockets and devices (also behind a link), and missing directories', async () => {
    const p = fifo('p');
    const toDevice = path.join(dir, 'to-null');
    fs.symlinkSync('/dev/null', toDevice);
    for (const target of [dir, p, toDevice]) {
      await expect(DurableFile.create(target)).rejects.toThrow(`${target}: not a regular file`);
    }
    expect(fs.lstatSync(p).isFIFO()).toBe(true);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    await expect(DurableFile.create(path.join(dir, 'no', 'x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.readdirSync(dir).sort()).toEqual(['p', 'to-null']);
  });

  it('commit refuses a name something else took meanwhile, and leaves it', async () => {
    const file = path.join(dir, 'img');
    const out = await DurableFile.create(file);
    await out.write(Buffer.from('data'));
    fs.mkdirSync(file);
    await expect(out.commit()).rejects.toMatchObject({ code: 'EISDIR' });
    expect(fs.statSync(file).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['img']);
  });
});

describe('writeFileDurablySync', () => {
  it('replaces a file whole, keeping its mode, through a link, leaving no temporary file', () => {
    const file = path.join(dir, 'cache');
    writeFileDurablySync(file, Buffer.from('first'), 0o644);
    expect(fs.statSync(file).mode & 0o777).toBe(0o644 & ~process.umask());
    fs.chmodSync(file, 0o640);
    const link = path.join(dir, 'link');
    fs.symlinkSync(file, link);
    writeFileDurablySync(link, Buffer.from('second'));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).sort()).toEqual(['cache', 'link']);
  });

  it('refuses a directory or a FIFO and leaves it, and a missing directory', () => {
    const p = fifo('p');
    for (const target of [dir, p]) expect(() => writeFileDurablySync(target, Buffer.from('x'))).toThrow(`${target}: not a regular file`);
    expect(fs.lstatSync(p).isFIFO()).toBe(true);
    expect(() => writeFileDurablySync(path.join(dir, 'no', 'x'), Buffer.from('x'))).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual(['p']);
  });
});

describe('openAppendLog', () => {
  it('appends to a regular file and refuses a FIFO without blocking', () => {
    const file = path.join(dir, 'log');
    fs.writeFileSync(file, 'a');
    const fd = openAppendLog(file);
    fs.writeSync(fd, 'b');
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe('ab');
    const p = fifo('p');
    const reader = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK); // so that the open succeeds
    try {
      expect(() => openAppendLog(p)).toThrow(`${p}: not a regular file (it is a FIFO)`);
    } finally {
      fs.closeSync(reader);
    }
    const q = fifo('q');
    expect(() => openAppendLog(q)).toThrow(`${q}: not a regular file (it is a FIFO)`); // no reader: refused at open
  });
});
