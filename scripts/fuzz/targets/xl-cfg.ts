/**
 * The xl.cfg parser and domain config checks (parseDomainConfig), with key=value overrides:
 * text shaped like xl.cfg (keys, strings, numbers, lists, comments) and raw bytes. Properties:
 * a ConfigError or a config, nothing else; a config's numbers are what the checks promise
 * (positive integral memory and vCPUs, maxmem ≥ memory, weight 1..65535, cap ≥ 0,
 * max_event_channels 1..131071).
 */
import fc from 'fast-check';
import { ConfigError, parseDomainConfig } from '@hvsim/dom0';
import { fail, mutationsOf, onlyDefinedErrors, type FuzzTarget } from '../target';

const keys = fc.constantFrom('name', 'type', 'memory', 'maxmem', 'vcpus', 'maxvcpus', 'cpus', 'cpu_weight', 'cap', 'kernel',
  'cmdline', 'extra', 'on_poweroff', 'on_reboot', 'on_crash', 'on_watchdog', 'max_event_channels', 'bogus', '', '9x');
const values = fc.oneof(
  fc.constantFrom('"x"', '"hello.elf"', '"pv"', '"hvm"', '1', '0', '-1', '4', '65536', '1e3', '0x10', '99999999999999999999', '"0-1,^1"',
    '"all"', '[ "a", "b" ]', '[]', '[', '"', "'x'", '"destroy"', '"rename-restart"', 'NaN', '3.5', '131071', '131072'),
  fc.string({ maxLength: 12 }),
);
const line = fc.tuple(keys, fc.constantFrom('=', '+=', ' = ', '=='), values, fc.constantFrom('', ' # c', '\r', ';')).map(([k, op, v, end]) => `${k}${op}${v}${end}`);
const config = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n'));

const seeds = [new Uint8Array(Buffer.from('name = "d"\nkernel = "hello.elf"\nmemory = 4\nvcpus = 2\ncpus = "0-1"\non_crash = "preserve"\n'))];

/** Bytes: config text, a NUL, then overrides separated by NULs. */
export const xlCfg: FuzzTarget = {
  name: 'xl-cfg',
  about: 'parseDomainConfig on xl.cfg text and key=value overrides',
  inputs: () => fc.oneof(
    fc.tuple(config, fc.array(line, { maxLength: 3 })).map(([text, overrides]) => new Uint8Array(Buffer.from([text, ...overrides].join('\0'), 'utf8'))),
    mutationsOf(seeds, 1024),
  ),
  check(input) {
    const [text, ...overrides] = Buffer.from(input).toString('utf8').split('\0');
    const parsed = onlyDefinedErrors(() => parseDomainConfig(text, '/fuzz/domain.cfg', overrides), [ConfigError]);
    if (parsed === undefined) return;
    const c = parsed.config;
    const positiveInt = (v: number): boolean => Number.isSafeInteger(v) && v > 0;
    if (!positiveInt(c.memory) || !positiveInt(c.maxmem) || c.maxmem < c.memory) fail(`memory ${c.memory}, maxmem ${c.maxmem}`);
    if (!positiveInt(c.vcpus) || !positiveInt(c.maxvcpus) || c.maxvcpus < c.vcpus) fail(`vcpus ${c.vcpus}, maxvcpus ${c.maxvcpus}`);
    if (c.cpuWeight !== null && (!Number.isInteger(c.cpuWeight) || c.cpuWeight < 1 || c.cpuWeight > 65535)) fail(`cpu_weight ${c.cpuWeight}`);
    if (c.cap !== null && (!Number.isInteger(c.cap) || c.cap < 0)) fail(`cap ${c.cap}`);
    if (!positiveInt(c.maxEventChannels) || c.maxEventChannels > 131071) fail(`max_event_channels ${c.maxEventChannels}`);
  },
};
