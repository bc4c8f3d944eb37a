/**
 * Where dom0's errors become RPC statuses: only in the management service. Its handlers give
 * a client (or a migration source) the status an ErrnoError names, with its message; no
 * dom0 source outside management/ builds an RpcError of its own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RpcError, StatusCode } from '@hvsim/control';
import { FileError } from '@hvsim/files';
import { ConfigError } from '../../src/config/config-error';
import { DiskError } from '../../src/devices/block-service';
import { DatastoreError } from '../../src/devices/datastore';
import { VifError } from '../../src/devices/network-service';
import { rpcErrorOf } from '../../src/management/rpc-errors';
import { ToolstackError } from '../../src/toolstack/toolstack-error';
import { Harness, bootHarness } from '../toolstack/harness';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('rpcErrorOf', () => {
  it('gives a ToolstackError the status its errno names, with its message', () => {
    const err = rpcErrorOf(new ToolstackError('ESRCH', 'domain "x" does not exist'));
    expect(err).toBeInstanceOf(RpcError);
    expect(err).toMatchObject({ code: StatusCode.STATUS_CODE_ESRCH, message: 'domain "x" does not exist' });
  });

  it('keeps the protocol statuses a failed migration link or receiver names', () => {
    expect(rpcErrorOf(new ToolstackError('UNAVAILABLE', 'gone'))).toMatchObject({ code: StatusCode.STATUS_CODE_UNAVAILABLE, message: 'gone' });
    expect(rpcErrorOf(new ToolstackError('ETIMEDOUT', 'slow'))).toMatchObject({ code: StatusCode.STATUS_CODE_ETIMEDOUT });
    expect(rpcErrorOf(new ToolstackError('INTERNAL', 'broke'))).toMatchObject({ code: StatusCode.STATUS_CODE_INTERNAL, message: 'broke' });
  });

  it('answers EINVAL for a name the protocol has no status for', () => {
    expect(rpcErrorOf(new ToolstackError('EWHATEVER', 'odd'))).toMatchObject({ code: StatusCode.STATUS_CODE_EINVAL, message: 'odd' });
  });

  it('gives the errors of devices, the datastore and configs the status their errno names, as a ToolstackError of that errno', () => {
    const refusals = [
      new DiskError(0, 'domain 3 has no disk xvdb', 'ENOENT'),
      new DiskError(1, 'target "a.img" is in use by domain 2', 'EBUSY'),
      new DatastoreError('target "../x" is outside the datastore /d', 'EACCES'),
      new VifError(0, 'bridge "xenbr9" does not exist on this host (it has none)', 'ENOENT'),
      new VifError(0, 'devid 0 is already attached to domain 4', 'EEXIST'),
      new ConfigError('demo.cfg', 3, 'memory', 'expected a number, got "lots"'),
    ];
    const statusOf = (err: unknown): unknown => {
      const rpc = rpcErrorOf(err) as RpcError;
      return { code: rpc.code, message: rpc.message };
    };
    expect(refusals.map(statusOf)).toEqual([
      { code: StatusCode.STATUS_CODE_ENOENT, message: 'domain 3 has no disk xvdb' },
      { code: StatusCode.STATUS_CODE_EBUSY, message: 'target "a.img" is in use by domain 2' },
      { code: StatusCode.STATUS_CODE_EACCES, message: 'target "../x" is outside the datastore /d' },
      { code: StatusCode.STATUS_CODE_ENOENT, message: 'bridge "xenbr9" does not exist on this host (it has none)' },
      { code: StatusCode.STATUS_CODE_EEXIST, message: 'devid 0 is already attached to domain 4' },
      { code: StatusCode.STATUS_CODE_EINVAL, message: 'demo.cfg:3: memory: expected a number, got "lots"' },
    ]);
    for (const err of refusals) expect(statusOf(err)).toEqual(statusOf(new ToolstackError(err.errno, err.message)));
  });

  it('maps a host file error by its code and passes anything else on as it is', () => {
    expect(rpcErrorOf(new FileError('ENOENT', 'x: no such file'))).toMatchObject({ code: StatusCode.STATUS_CODE_ENOENT, message: 'x: no such file' });
    const core = new RpcError(StatusCode.STATUS_CODE_EFAULT, 'from the core');
    expect(rpcErrorOf(core)).toBe(core);
    const bug = new TypeError('a bug');
    expect(rpcErrorOf(bug)).toBe(bug);
  });
});

describe('dom0 builds RPC statuses only in management/', () => {
  it('has no `new RpcError` in any source outside management/', () => {
    const management = path.join(SRC, 'management') + path.sep;
    const offenders = sourcesUnder(SRC)
      .filter((file) => !file.startsWith(management) && /\bnew\s+RpcError\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});

describe('what clients see of the errors dom0 throws', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await bootHarness();
  });
  afterEach(() => h.close());

  it('answers a migration source about an unknown session with ESRCH', async () => {
    await expect(h.mgmt.MigrateChunk({ session: 5, records: Buffer.alloc(1) })).rejects.toMatchObject({
      code: StatusCode.STATUS_CODE_ESRCH, message: 'no migration session 5 (it has ended)',
    });
    await expect(h.mgmt.MigrateChunk({ session: 5, resolve: true })).rejects.toMatchObject({
      code: StatusCode.STATUS_CODE_ESRCH, message: 'no migration session 5',
    });
  });

  it('refuses a stream that does not begin with a header with EINVAL, and the session is over', async () => {
    const stream = h.mgmt.MigrateReceive({});
    try {
      const first = await stream[Symbol.asyncIterator]().next();
      const session = Number((first.value as { session: number | bigint }).session);
      // A record header (type, length) of an unknown type: not a stream this host takes.
      const junk = Buffer.alloc(16, 0xff);
      await expect(h.mgmt.MigrateChunk({ session, records: junk })).rejects.toMatchObject({
        code: StatusCode.STATUS_CODE_EINVAL, message: expect.stringMatching(/^migration stream: /),
      });
      await expect(h.mgmt.MigrateChunk({ session, resolve: true })).resolves.toMatchObject({ committed: false });
    } finally {
      stream.cancel();
    }
  });

  it('answers net-capture of an unknown bridge with ENOENT, naming the bridges', async () => {
    await expect(h.mgmt.NetCapture({ bridge: 'xenbr9' }).collect()).rejects.toMatchObject({
      code: StatusCode.STATUS_CODE_ENOENT, message: expect.stringMatching(/^no such bridge "xenbr9" \(bridges: /),
    });
  });
});
