import yargs from 'yargs';
import { RpcError, StatusCode } from '@hvsim/control';
import { unknownOptions, userMessage } from '../src/user-errors';

describe('userMessage', () => {
  it('drops the RPC method path and names an internal error as the daemon failing', () => {
    expect(userMessage(new RpcError(StatusCode.STATUS_CODE_ESRCH, 'domain "x" does not exist'))).toBe('domain "x" does not exist');
    expect(userMessage(new RpcError(StatusCode.STATUS_CODE_INTERNAL, 'hvsim.control.v1.ManagementService/Migrate: internal error: boom')))
      .toBe('the daemon failed: boom (its log has the details)');
    expect(userMessage(new RpcError(StatusCode.STATUS_CODE_EBADMSG, 'hvsim.control.v1.ManagementService/List: undecodable response: x'))).toBe('undecodable response: x');
    expect(userMessage(new Error('hvsim.control.v1.X/Y: kept: not an RpcError'))).toBe('hvsim.control.v1.X/Y: kept: not an RpcError');
    expect(userMessage('text')).toBe('text');
  });
});

describe('unknownOptions', () => {
  const command = yargs([]).option('paused', { alias: 'p', type: 'boolean' }).option('socket', { type: 'string' }).option('weight', { alias: 'w', type: 'number' }).option('follow', { type: 'boolean' });

  it('names each option the command does not define, as typed', () => {
    expect(unknownOptions(['destroy', '-f', 'x'], command)).toEqual(['-f']);
    expect(unknownOptions(['-pq', '--frob=1', '--socket', '/s'], command)).toEqual(['-q', '--frob']);
  });

  it('knows aliases, --no- forms, help and version, values joined to a letter, negative numbers, and stops at --', () => {
    expect(unknownOptions(['-p', '--paused', '--no-follow', '-w512', '--help', '--version', '-4', '--', '-z'], command)).toEqual([]);
  });
});
