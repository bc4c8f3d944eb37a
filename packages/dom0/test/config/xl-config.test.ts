import { ConfigError, formatDomainConfig, parseDomainConfig, parseSavedDomainConfig, parseXlCfg, parseCpuSet, resolveCpuSet, affinityOfVcpu, missingCpus } from '../../src';

const FILE = '/etc/hvsim/demo.cfg';

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('xl.cfg syntax', () => {
  it('reads strings in both quotes, numbers, lists, comments and separators', () => {
    const settings = parseXlCfg(
      [
        '# a comment line',
        'name = "web"   # trailing comment',
        "kernel='hello.elf'",
        'memory = 64',
        'maxmem = 0x80',
        'cpus = [ "0", "1", ]',
        'a = 1; b = "two"',
        '',
      ].join('\n'),
      'x.cfg',
    );
    expect(settings.map((s) => [s.key, s.op, s.line])).toEqual([
      ['name', '=', 2],
      ['kernel', '=', 3],
      ['memory', '=', 4],
      ['maxmem', '=', 5],
      ['cpus', '=', 6],
      ['a', '=', 7],
      ['b', '=', 7],
    ]);
    expect(settings[0].value).toEqual({ kind: 'string', text: 'web', line: 2 });
    expect(settings[3].value).toEqual({ kind: 'number', text: '0x80', line: 5 });
    expect(settings[4].value).toEqual({
      kind: 'list',
      line: 6,
      items: [
        { kind: 'string', text: '0', line: 6 },
        { kind: 'string', text: '1', line: 6 },
      ],
    });
  });

  it('continues lists across lines, with comments and a trailing comma', () => {
    const settings = parseXlCfg('cpus = [\n  "0-1",   # first\n  "2",\n\n]\nname = "x"\n', 'x.cfg');
    expect(settings[0].value.kind).toBe('list');
    expect(settings[0].value.kind === 'list' && settings[0].value.items.map((i) => i.text)).toEqual(['0-1', '2']);
    expect(settings[1]).toMatchObject({ key: 'name', line: 6 });
  });

  it('accepts an empty list and a file without a final newline', () => {
    const settings = parseXlCfg('l = []\nname="a"', 'x.cfg');
    expect(settings).toHaveLength(2);
    expect(settings[0].value).toEqual({ kind: 'list', items: [], line: 1 });
  });

  it('decodes escapes in strings', () => {
    const [s] = parseXlCfg(String.raw`cmdline = "a\"b\\c\td\x41\101'"`, 'x.cfg');
    expect(s.value.kind !== 'list' && s.value.text).toBe('a"b\\c\td' + 'AA' + "'");
    const [t] = parseXlCfg(String.raw`cmdline = 'it\'s'`, 'x.cfg');
    expect(t.value.kind !== 'list' && t.value.text).toBe("it's");
  });

  it('parses += as an append', () => {
    const settings = parseXlCfg('cmdline = "a"\ncmdline += " b"\n', 'x.cfg');
    expect(settings[1].op).toBe('+=');
  });

  it.each([
    ['name = "web', 1, 'name', 'unterminated string'],
    ['memory = 64\nname = web', 2, 'name', 'bare word "web"'],
    ['name = "a"\nmemory = -4', 2, 'memory', 'must be a positive number, got -4'],
    ['cpus = [ "0", -0x10 ]', 1, 'cpus', 'must be a positive number, got -0x10'],
    ['memory 64', 1, 'memory', 'expected "=" after the key'],
    ['cpus = [ "0"\nname = "x"', 2, 'cpus', 'expected "," or "]"'],
    ['memory = 64\ncpus = [ "0",\n', 2, 'cpus', 'unterminated list'],
    ['memory = 64 65', 1, 'memory', 'expected the end of the line'],
    ['= 3', 1, null, 'expected a setting name'],
    ['name = "a\\qb"', 1, 'name', 'unknown escape'],
    ['name = @', 1, 'name', 'unexpected character "@"'],
    ['memory =\n', 1, 'memory', 'expected a value, got the end of the line'],
    ['cpus = [[ "0" ]]', 1, 'cpus', 'expected a value, got "["'],
  ])('reports %j at its line and key', (text, line, key, message) => {
    const err = configError(() => parseXlCfg(text, 'bad.cfg'));
    expect(err.file).toBe('bad.cfg');
    expect(err.line).toBe(line);
    expect(err.key).toBe(key);
    expect(err.message).toContain(message);
    expect(err.message.startsWith(`bad.cfg:${line}: ${key === null ? '' : key + ': '}`)).toBe(true);
  });
});

describe('domain config', () => {
  const minimal = 'name = "web"\nkernel = "hello.elf"\n';

  it("applies xl's defaults", () => {
    const { config, warnings } = parseDomainConfig(minimal, FILE);
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      name: 'web',
      type: 'pv',
      memory: 32,
      maxmem: 32,
      vcpus: 1,
      maxvcpus: 1,
      cpus: null,
      cpuWeight: null,
      cap: null,
      kernel: '/etc/hvsim/hello.elf',
      cmdline: '',
      onPoweroff: 'destroy',
      onReboot: 'restart',
      onCrash: 'destroy',
      onWatchdog: 'destroy',
      disks: [],
      vifs: [],
      maxEventChannels: 1023,
    });
  });

  it('reads every supported key', () => {
    const text = [
      'name = "db"',
      'type = "hvm"',
      'memory = 64',
      'maxmem = "128"', // xl converts numbers written as strings
      'vcpus = 2',
      'maxvcpus = 4',
      'cpus = "0-3,^1"',
      'cpu_weight = 512',
      'cap = 50',
      'kernel = "/images/db.elf"',
      'cmdline = "console=hvc0"',
      'extra = "ignored when cmdline is set"',
      'on_poweroff = "preserve"',
      'on_reboot = "rename-restart"',
      'on_crash = "coredump-restart"',
      'on_watchdog = "coredump-destroy"',
      'max_event_channels = 4095',
    ].join('\n');
    const { config, warnings } = parseDomainConfig(text, FILE);
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({
      name: 'db', type: 'hvm', memory: 64, maxmem: 128, vcpus: 2, maxvcpus: 4,
      cpuWeight: 512, cap: 50, kernel: '/images/db.elf', cmdline: 'console=hvc0',
      onPoweroff: 'preserve', onReboot: 'rename-restart', onCrash: 'coredump-restart', onWatchdog: 'coredump-destroy',
      maxEventChannels: 4095,
    });
    expect(resolveCpuSet(config.cpus!.sets[0], 8)).toEqual([0, 2, 3]);
  });

  it('max_event_channels: 0 is libxl\'s default (1023), the FIFO ABI\'s 131071 the most; a saved config is written with it', () => {
    const bound = (extra: string, overrides: string[] = []): number => parseDomainConfig(minimal + extra, FILE, overrides).config.maxEventChannels;
    expect(bound('max_event_channels = 0\n')).toBe(1023);
    expect(bound('max_event_channels = "1"\n')).toBe(1);
    expect(bound('max_event_channels = 0x1ffff\n')).toBe(131071);
    expect(bound('max_event_channels = 64\n', ['max_event_channels=2048'])).toBe(2048);
    const { config } = parseDomainConfig(minimal + 'max_event_channels = 77\n', FILE);
    expect(formatDomainConfig(config)).toContain('\nmax_event_channels = 77\n');
    expect(parseSavedDomainConfig(formatDomainConfig(config), 'saved').config).toEqual(config);
  });

  it('a saved config without max_event_channels (from an hvsim before the bound) keeps every port the ABI names', () => {
    const { config } = parseDomainConfig(minimal, FILE);
    const old = formatDomainConfig(config).replace(/^max_event_channels = .*\n/m, '');
    expect(old).not.toContain('max_event_channels');
    expect(parseSavedDomainConfig(old, 'saved').config.maxEventChannels).toBe(131071);
  });

  it('uses extra when cmdline is absent, and appends with +=', () => {
    expect(parseDomainConfig(minimal + 'extra = "quiet"\nextra += " debug"\n', FILE).config.cmdline).toBe('quiet debug');
  });

  it('resolves kernel against the config file directory or an explicit base', () => {
    expect(parseDomainConfig(minimal, 'rel/dir/x.cfg', [], '/base').config.kernel).toBe('/base/hello.elf');
    expect(parseDomainConfig('name="a"\nkernel="../k.elf"\n', '/a/b/c.cfg').config.kernel).toBe('/a/k.elf');
  });

  it('lets later settings win', () => {
    expect(parseDomainConfig(minimal + 'memory = 8\nmemory = 16\n', FILE).config.memory).toBe(16);
  });

  it('warns about unknown keys and still applies the rest', () => {
    const { config, warnings } = parseDomainConfig(minimal + 'vtpm = [ "backend=0" ]\n', FILE);
    expect(config.name).toBe('web');
    expect(warnings).toEqual([{ file: FILE, line: 3, key: 'vtpm', message: `${FILE}:3: vtpm: unknown setting, ignored` }]);
  });

  describe('command-line overrides', () => {
    it('replace file settings, in order', () => {
      const { config } = parseDomainConfig(minimal + 'memory = 8\n', FILE, ['memory=16', 'vcpus=2', 'memory=24']);
      expect(config.memory).toBe(24);
      expect(config.vcpus).toBe(2);
    });

    it('take quoted and unquoted strings and lists', () => {
      const { config } = parseDomainConfig(minimal, FILE, ['name="web2"', 'cmdline=quiet', 'cpus=["0","1"]']);
      expect(config.name).toBe('web2');
      expect(config.cmdline).toBe('quiet');
      expect(config.cpus).toEqual({ perVcpu: true, sets: [{ all: false, include: [0], exclude: [] }, { all: false, include: [1], exclude: [] }] });
    });

    it('append with +=', () => {
      expect(parseDomainConfig(minimal + 'cmdline="a"\n', FILE, ['cmdline+=" b"']).config.cmdline).toBe('a b');
    });

    it('report errors as the command line, numbered by argument', () => {
      const err = configError(() => parseDomainConfig(minimal, FILE, ['vcpus=2', 'memory=lots']));
      expect(err.message).toBe('command line:2: memory: expected a number, got "lots"');
      expect(configError(() => parseDomainConfig(minimal, FILE, ['memory'])).message).toBe('command line:1: expected KEY=VALUE, got "memory"');
      expect(configError(() => parseDomainConfig(minimal, FILE, ['name="unterminated'])).message).toBe('command line:1: name: syntax error: unterminated string');
    });
  });

  it.each([
    ['memory', 3, 'memory = "lots"', 'expected a number, got "lots"'],
    ['memory', 3, 'memory = [ 1 ]', 'expected a number, got a list'],
    ['memory', 3, 'memory = 0', '0 is out of range (1-2048)'],
    ['memory', 3, 'memory = 4096', '4096 is out of range (1-2048)'],
    ['maxmem', 4, 'memory = 64\nmaxmem = 32', '32 is less than memory (64)'],
    ['vcpus', 3, 'vcpus = 0', 'out of range'],
    ['maxvcpus', 4, 'vcpus = 4\nmaxvcpus = 2', '2 is less than vcpus (4)'],
    ['type', 3, 'type = "pvh"', 'expected one of pv, hvm, got "pvh"'],
    ['type', 3, 'type = [ "pv" ]', 'expected a string, got a list'],
    ['cpus', 3, 'cpus = "0-"', 'expected a CPU list like "0-3,^1" or "all", got "0-"'],
    ['cpus', 3, 'cpus = "3-1"', 'got "3-1"'],
    ['cpus', 3, 'cpus = "^all"', 'got "^all"'],
    ['cpus', 3, 'cpus = [ "0", "x" ]', 'got "x"'],
    ['cpus', 3, 'cpus = []', 'empty list'],
    ['cpus', 3, 'cpus = "nodes:0"', 'NUMA'],
    ['cpu_weight', 3, 'cpu_weight = 0', 'out of range (1-65535)'],
    ['cpu_weight', 3, 'cpu_weight = 70000', 'out of range'],
    ['cap', 3, 'cap = "half"', 'expected a number'],
    ['on_crash', 3, 'on_crash = "explode"', 'expected one of destroy, restart, preserve, rename-restart, coredump-destroy, coredump-restart, got "explode"'],
    ['on_poweroff', 3, 'on_poweroff = "x"', 'expected one of'],
    ['on_reboot', 3, 'on_reboot = "x"', 'expected one of'],
    ['on_watchdog', 3, 'on_watchdog = "x"', 'expected one of'],
    ['cmdline', 3, 'cmdline = [ "a" ]', 'expected a string'],
    ['cmdline', 3, `cmdline = "${'x'.repeat(1024)}"`, 'longer than 1023 bytes'],
    ['kernel', 3, 'kernel = ""', 'expected a path'],
    ['max_event_channels', 3, 'max_event_channels = -1', 'must be a positive number, got -1'],
    ['max_event_channels', 3, 'max_event_channels = 131072', '131072 is out of range (0-131071)'],
    ['max_event_channels', 3, 'max_event_channels = "many"', 'expected a number, got "many"'],
    ['max_event_channels', 3, 'max_event_channels = "1.5"', 'expected a number, got "1.5"'],
    ['max_event_channels', 3, 'max_event_channels = [ 1023 ]', 'expected a number, got a list'],
  ])('rejects a bad %s (line %i) naming file, line and key', (key, line, extra, detail) => {
    const err = configError(() => parseDomainConfig(minimal + extra + '\n', 'demo.cfg'));
    expect([err.file, err.line, err.key]).toEqual(['demo.cfg', line, key]);
    expect(err.message).toContain(`demo.cfg:${line}: ${key}: `);
    expect(err.message).toContain(detail);
  });

  it('gives the exact message of the example', () => {
    const err = configError(() => parseDomainConfig('name = "a"\nkernel = "k"\nmemory = "lots"\n', 'demo.cfg'));
    expect(err.message).toBe('demo.cfg:3: memory: expected a number, got "lots"');
  });

  it.each([
    ['kernel = "k"', 'name', 'demo.cfg: name: required setting is missing'],
    ['name = "a"', 'kernel', 'demo.cfg: kernel: required setting is missing'],
    ['name = "42"\nkernel="k"', 'name', 'demo.cfg:1: name: "42" looks like a domain ID'],
    ['name = "a/b"\nkernel="k"', 'name', 'demo.cfg:1: name: "a/b" contains "/"'],
    ['name = ""\nkernel="k"', 'name', 'demo.cfg:1: name: expected a domain name'],
  ])('rejects %j', (text, key, message) => {
    const err = configError(() => parseDomainConfig(text, 'demo.cfg'));
    expect(err.key).toBe(key);
    expect(err.message).toContain(message);
  });
});

describe('cpus syntax', () => {
  it.each([
    ['all', 4, [0, 1, 2, 3]],
    ['3', 4, [3]],
    ['0-2', 4, [0, 1, 2]],
    ['0,2', 4, [0, 2]],
    ['0-3,^1', 4, [0, 2, 3]],
    ['all,^0', 4, [1, 2, 3]],
    ['^0,all', 4, [1, 2, 3]],
    ['1-5', 4, [1, 2, 3]],
  ])('%s on %d CPUs is %j', (text, n, cpus) => {
    expect(resolveCpuSet(parseCpuSet(text)!, n)).toEqual(cpus);
  });

  it('reports CPUs the host lacks', () => {
    expect(missingCpus(parseCpuSet('1-5')!, 4)).toEqual([4, 5]);
  });

  it('gives per-vCPU affinity for the list form and the string form', () => {
    const perVcpu = parseDomainConfig('name="a"\nkernel="k"\nvcpus=3\ncpus=["1", 0]\n', FILE).config.cpus;
    expect(resolveCpuSet(affinityOfVcpu(perVcpu, 0)!, 2)).toEqual([1]);
    expect(resolveCpuSet(affinityOfVcpu(perVcpu, 1)!, 2)).toEqual([0]);
    expect(affinityOfVcpu(perVcpu, 2)).toBeNull();
    const shared = parseDomainConfig('name="a"\nkernel="k"\nvcpus=2\ncpus="1"\n', FILE).config.cpus;
    expect(resolveCpuSet(affinityOfVcpu(shared, 1)!, 2)).toEqual([1]);
    expect(affinityOfVcpu(null, 0)).toBeNull();
  });
});
