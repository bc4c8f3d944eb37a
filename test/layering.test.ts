/**
 * The layering of docs/ARCHITECTURE.md, checked on the sources: what each package's `src/`
 * imports — other @hvsim packages, Node's built-in modules, third-party packages — against
 * the package table. The table in the document and LAYERS below must say the same, so a
 * change to either is a change to both.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO = path.resolve(__dirname, '..');
const PACKAGES = path.join(REPO, 'packages');
const ARCHITECTURE = path.join(REPO, 'docs', 'ARCHITECTURE.md');

interface Layer {
  /** @hvsim packages its sources may import. */
  imports: readonly string[];
  /** @hvsim packages that only the files under `dir` (relative to src/) may import, and why. */
  confined?: { packages: readonly string[]; dir: string; why: string };
  /** Whether it may import Node's built-in modules (node:fs, node:net, ...). */
  node: boolean;
}

/** The package table, with each exception to a strict downward layering named and explained. */
const LAYERS: Record<string, Layer> = {
  riscv: { imports: [], node: false },
  abi: { imports: [], node: false },
  hypervisor: { imports: ['riscv', 'abi'], node: false },
  control: { imports: ['abi'], node: true },
  files: { imports: [], node: true },
  // Exception: dom0 imports riscv, which is not the core: the domain builder reads kernel
  // ELFs with riscv's loader (as libxc's builder carries an ELF reader), and the ns16550
  // device model uses riscv's register map, shared with the bare board's UART; the builder
  // names the boot-argument registers by riscv's REG_A0/REG_A1.
  dom0: { imports: ['abi', 'control', 'files', 'riscv'], node: true },
  // The cluster agent and verbs sit above dom0: they reach hosts through ManagementService
  // (control) and read xl.cfg with dom0's parser, as `hvsim create` does in the daemon.
  cluster: { imports: ['control', 'dom0'], node: true },
  // The embedding API and the daemon: a host is the core and dom0 joined by the boot loader.
  host: {
    imports: ['abi', 'cluster', 'control', 'files', 'riscv'],
    confined: {
      packages: ['hypervisor', 'dom0'],
      dir: 'boot',
      why: 'the boot loader is the one place that loads the core and dom0 and joins them',
    },
    node: true,
  },
  // The command line: client verbs over ManagementService; `boot`, `demo` and `test-abi` run
  // a host (@hvsim/host), `run-bare` the bare board (riscv).
  cli: { imports: ['cluster', 'control', 'files', 'host', 'riscv'], node: true },
};

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
/** 'protobufjs/minimal' → 'protobufjs', '@hvsim/abi' → '@hvsim/abi'. */
const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

interface SourceFile {
  /** Relative to the package's src/. */
  file: string;
  text: string;
}

/** Every import of `sources` that `layer` does not allow, as "file: 'spec' (why not)". */
function layeringViolations(pkg: string, layer: Layer, dependencies: readonly string[], sources: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of sources) {
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      const why = violation(pkg, layer, dependencies, file, spec);
      if (why) problems.push(`${pkg}/src/${file}: '${spec}' (${why})`);
    }
  }
  return problems;
}

function violation(pkg: string, layer: Layer, dependencies: readonly string[], file: string, spec: string): string | null {
  if (spec.startsWith('.')) {
    // From the package's root: src/schema.ts may say '../src/gen/control' (see schema.ts).
    const target = path.posix.normalize(path.posix.join('src', path.posix.dirname(file), spec));
    return target.startsWith('src/') ? null : 'reaches outside its package\'s src/';
  }
  if (isNodeBuiltin(spec)) return layer.node ? null : `${pkg} imports no Node built-ins`;
  if (spec.startsWith('@hvsim/')) {
    // A module of a package by path ('@hvsim/abi/xen') is that package's.
    const other = packageOf(spec).slice('@hvsim/'.length);
    if (layer.imports.includes(other)) return null;
    const c = layer.confined;
    if (c?.packages.includes(other)) return file.startsWith(`${c.dir}/`) ? null : `only src/${c.dir}/ may import it: ${c.why}`;
    return `${pkg} may import ${layer.imports.length ? layer.imports.join(', ') : 'no @hvsim package'}`;
  }
  return dependencies.includes(packageOf(spec)) ? null : `not a dependency in packages/${pkg}/package.json`;
}

/** The package's own sources: .ts and .js under src/. Declaration files (pbts's output for
 *  the generated protobuf code) hold types only and are left out. */
function sourcesOf(pkg: string): SourceFile[] {
  const src = path.join(PACKAGES, pkg, 'src');
  return (fs.readdirSync(src, { recursive: true }) as string[])
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => ({ file: f.split(path.sep).join('/'), text: fs.readFileSync(path.join(src, f), 'utf8') }));
}

function dependenciesOf(pkg: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGES, pkg, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {});
}

/** ARCHITECTURE.md's package table: package → (the @hvsim packages named in "may import", Node built-ins yes/no). */
function documentedTable(): Map<string, { imports: string[]; node: boolean }> {
  const rows = new Map<string, { imports: string[]; node: boolean }>();
  for (const line of fs.readFileSync(ARCHITECTURE, 'utf8').split('\n')) {
    const m = /^\| `packages\/([a-z0-9-]+)` \|[^|]*\|([^|]*)\|([^|]*)\|$/.exec(line);
    if (!m) continue;
    const imports = [...m[2].matchAll(/`([a-z0-9-]+)`/g)].map((x) => x[1]);
    rows.set(m[1], { imports: imports.sort(), node: /^\s*yes\b/.test(m[3]) });
  }
  return rows;
}

const packageDirs = fs.readdirSync(PACKAGES).filter((d) => fs.existsSync(path.join(PACKAGES, d, 'package.json'))).sort();

test('every package has a layer, and docs/ARCHITECTURE.md\'s package table says what LAYERS says', () => {
  expect(Object.keys(LAYERS).sort()).toEqual(packageDirs);
  const documented = documentedTable();
  expect([...documented.keys()].sort()).toEqual(packageDirs);
  for (const [pkg, layer] of Object.entries(LAYERS)) {
    const allowed = [...layer.imports, ...(layer.confined?.packages ?? [])].sort();
    expect({ pkg, ...documented.get(pkg) }).toEqual({ pkg, imports: allowed, node: layer.node });
  }
});

describe.each(packageDirs)('packages/%s/src', (pkg) => {
  test('imports only what its layer allows', () => {
    const sources = sourcesOf(pkg);
    expect(sources.length).toBeGreaterThan(0);
    expect(layeringViolations(pkg, LAYERS[pkg], dependenciesOf(pkg), sources)).toEqual([]);
  });
});

test('the check catches each kind of violation', () => {
  const core = LAYERS.hypervisor;
  const file = (text: string): SourceFile[] => [{ file: 'domain/domain.ts', text }];
  expect(layeringViolations('hypervisor', core, [], file("import * as fs from 'node:fs';"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, [], file("const net = require('net');"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, [], file("export { Dom0 } from '@hvsim/dom0';"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, [], file("import { Toolstack } from '@hvsim/dom0/toolstack/toolstack';"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, [], file("import { XEN_EINVAL } from '@hvsim/abi/errno';"))).toEqual([]);
  expect(layeringViolations('hypervisor', core, [], file("import type { Frame } from '../../../control/src/framing';"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, [], file("const m = import('yargs');"))).toHaveLength(1);
  expect(layeringViolations('hypervisor', core, ['@hvsim/riscv'], file("import { Hart } from '@hvsim/riscv';\nimport { x } from '../memory/p2m';"))).toEqual([]);
  // The boot loader may import dom0; the embedding API beside it and a command module may not.
  const host = LAYERS.host;
  expect(layeringViolations('host', host, [], [{ file: 'boot/host.ts', text: "import { Dom0 } from '@hvsim/dom0';" }])).toEqual([]);
  expect(layeringViolations('host', host, [], [{ file: 'api.ts', text: "import { Dom0 } from '@hvsim/dom0';" }])).toHaveLength(1);
  expect(layeringViolations('cli', LAYERS.cli, [], [{ file: 'commands/list.ts', text: "import { Dom0 } from '@hvsim/dom0';" }])).toHaveLength(1);
});
