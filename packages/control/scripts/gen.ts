/**
 * Generates the control schema's code from proto/hvsim/control/v1/*.proto:
 *   src/gen/frame.js       the envelope of every call (Frame and what it holds)      } pbjs static-module
 *   src/gen/management.js  ManagementService's messages and the types they use      } classes, CommonJS,
 *   src/gen/domctl.js      DomctlService's messages and the types they use          } one part each
 *   src/gen/control.js     every class of the schema, gathered from the three parts
 *   src/gen/control.d.ts   the types of every class (pbts)
 *   src/gen/frame.d.ts, management.d.ts, domctl.d.ts
 *                          each part's types: control.d.ts's, re-exported
 *   src/gen/domctl-service.ts, src/gen/management-service.ts
 *                          typed method descriptors of each service
 * The schema is split because compiling generated code is most of what starting a client
 * costs: a management client (each `hvsim` CLI verb is a process) loads frame.js and
 * management.js only, a fraction of the schema. A class is generated once per part that uses
 * it: the types both services use (DomainInfo, VcpuInfo...) are in management.js and
 * domctl.js, and control.js (`pb`) has management.js's. The parts are minified (see minified()).
 * The output is committed; test/codegen.test.ts fails when it is stale.
 * Run: npm run gen -w @hvsim/control
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transformSync } from 'esbuild';
import * as protobuf from 'protobufjs';

export const PROTO_ROOT = path.resolve(__dirname, '..', 'proto');
export const PROTO_PACKAGE = 'hvsim.control.v1';
export const GEN_DIR = path.resolve(__dirname, '..', 'src', 'gen');

export function protoFiles(): string[] {
  const dir = path.join(PROTO_ROOT, ...PROTO_PACKAGE.split('.'));
  return fs.readdirSync(dir).filter((f) => f.endsWith('.proto')).sort().map((f) => path.join(dir, f));
}

function cliBin(name: 'pbjs' | 'pbts'): string {
  return require.resolve(`protobufjs-cli/bin/${name}`);
}

const PBJS_OPTIONS = [
  '--target', 'static-module',
  '--wrap', 'commonjs',
  // Every 64-bit field holds a count of pages, bytes or nanoseconds below 2^53.
  '--force-number',
  // Field presence for proto3 `optional` as `T | null`.
  '--null-semantics',
  '--alt-comment',
  // The RPC layer (src/rpc) replaces protobufjs services; framing is ours.
  '--no-service', '--no-delimited', '--no-verify', '--no-typeurl',
];

function pbjs(out: string, extra: string[], inputs: string[] = protoFiles()): void {
  execFileSync(process.execPath, [cliBin('pbjs'), ...PBJS_OPTIONS, ...extra, '--path', PROTO_ROOT, '--out', out, ...inputs],
    { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A generated module holding some of the package's messages (and what they use). */
interface Part {
  /** src/gen/NAME.js and NAME.d.ts; also its protobufjs root's name (`hvsim-NAME`). */
  name: string;
  what: string;
  /** The messages it starts from. */
  messages(pkg: protobuf.Namespace): protobuf.Type[];
}

const serviceMessages = (pkg: protobuf.Namespace, name: string): protobuf.Type[] =>
  serviceOf(pkg, name).methodsArray.flatMap((m) => Object.values(messagesOf(m)));

/** In control.js's order: a class in two parts is the later part's there. */
const PARTS: readonly Part[] = [
  {
    name: 'domctl',
    what: "DomctlService's requests and responses, the types they use, and any type no service uses",
    messages: (pkg) => [...serviceMessages(pkg, 'DomctlService'), ...unusedTypes(pkg)],
  },
  { name: 'management', what: "ManagementService's requests and responses, and the types they use", messages: (pkg) => serviceMessages(pkg, 'ManagementService') },
  { name: 'frame', what: 'the envelope of every call (Frame and what it holds)', messages: (pkg) => [pkg.lookupType('Frame')] },
];

/** Messages that neither service nor Frame needs (none today): a part must hold them, so that `pb` has every type. */
function unusedTypes(pkg: protobuf.Namespace): protobuf.Type[] {
  const used = reachable(pkg, [...serviceMessages(pkg, 'DomctlService'), ...serviceMessages(pkg, 'ManagementService'), pkg.lookupType('Frame')]);
  return pkg.nestedArray.filter((t): t is protobuf.Type => t instanceof protobuf.Type && !used.has(t.name));
}

/** Writes every file listed at the top into outDir. */
export function generate(outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hvsim-control-gen-'));
  try {
    // pbts reads its types from JSDoc, so the declarations come from a commented
    // build; the committed JavaScript leaves the comments out (half the size).
    const commented = path.join(scratch, 'control.js');
    pbjs(commented, []);
    execFileSync(process.execPath, [cliBin('pbts'), '--out', path.join(outDir, 'control.d.ts'), commented],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    for (const part of PARTS) generatePart(part, outDir, scratch);
    fs.writeFileSync(path.join(outDir, 'control.js'), wholeSchemaSource());
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(outDir, 'domctl-service.ts'), serviceSource('DomctlService', '../schema'));
  fs.writeFileSync(path.join(outDir, 'management-service.ts'), serviceSource('ManagementService', '../management-schema'));
}

/**
 * NAME.js from the schema pruned to the part's messages (pbjs reads protobufjs's JSON form of
 * a schema as it reads .proto files), under a protobufjs root of its own so that the parts
 * do not overwrite each other; NAME.d.ts re-exports control.d.ts's types of those messages.
 */
function generatePart(part: Part, outDir: string, scratch: string): void {
  const root = loadRoot();
  const pkg = packageOf(root);
  const keep = reachable(pkg, part.messages(pkg));
  const json = root.toJSON() as NestedJson;
  const pkgJson = PROTO_PACKAGE.split('.').reduce<NestedJson>((ns, name) => ns.nested![name], json);
  pkgJson.nested = Object.fromEntries(Object.entries(pkgJson.nested!).filter(([name]) => keep.has(name)));
  const input = path.join(scratch, `${part.name}.json`);
  fs.writeFileSync(input, JSON.stringify(json));
  const out = path.join(outDir, `${part.name}.js`);
  pbjs(out, ['--no-comments', '--root', `hvsim-${part.name}`], [input]);
  fs.writeFileSync(out, minified(part, fs.readFileSync(out, 'utf8')));
  const messages = [...keep].filter((name) => pkg.lookup(name) instanceof protobuf.Type);
  fs.writeFileSync(path.join(outDir, `${part.name}.d.ts`), partDeclarations(part, [...keep, ...messages.map((m) => `I${m}`)].sort()));
}

/**
 * The part's code without its whitespace and with short local names (classes keep theirs),
 * about 40% of pbjs's text: V8 scans and pre-parses every byte of a module it loads, and these
 * are the largest modules a client loads. control.d.ts is the readable form.
 */
function minified(part: Part, code: string): string {
  const { code: min } = transformSync(code, { minify: true, keepNames: true, target: 'node20', charset: 'utf8' });
  return '// Generated by packages/control/scripts/gen.ts from proto/hvsim/control/v1/*.proto, minified. Do not edit.\n'
    + `// ${part.name}.js: ${part.what}.\n${min}`;
}

/** control.js: the namespace of every class, from the parts (control.d.ts declares it). */
function wholeSchemaSource(): string {
  return '// Generated by packages/control/scripts/gen.ts from proto/hvsim/control/v1/*.proto. Do not edit.\n'
    + '// Every class of the schema, from the parts that hold them (see the generator); a class in\n'
    + '// two parts is the later one\'s.\n'
    + '"use strict";\n\n'
    + 'var v1 = Object.assign({},\n'
    + PARTS.map((p) => `    require("./${p.name}").hvsim.control.v1`).join(',\n') + ');\n\n'
    + 'module.exports = { hvsim: { control: { v1: v1 } } };\n';
}

interface NestedJson {
  nested?: Record<string, NestedJson>;
}

/** The names of the package's top-level types that `starts` need: themselves, their fields' types, theirs... */
function reachable(pkg: protobuf.Namespace, starts: readonly protobuf.Type[]): Set<string> {
  const names = new Set<string>();
  const topLevel = (t: protobuf.ReflectionObject): protobuf.ReflectionObject => (t.parent === pkg ? t : topLevel(t.parent!));
  const visit = (t: protobuf.ReflectionObject): void => {
    if (names.has(t.name)) return;
    names.add(t.name);
    visitMembers(t);
  };
  // A nested type goes with its top-level parent; the types its fields use are needed too.
  const visitMembers = (t: protobuf.ReflectionObject): void => {
    if (!(t instanceof protobuf.Type)) return;
    for (const field of t.fieldsArray) if (field.resolvedType) visit(topLevel(field.resolvedType));
    for (const nested of t.nestedArray) visitMembers(nested);
  };
  for (const t of starts) visit(topLevel(t));
  return names;
}

/** `names`: the part's types, and the properties interface (`I` + name) of each message, as pbts declares them. */
function partDeclarations(part: Part, names: readonly string[]): string {
  return '// Generated by packages/control/scripts/gen.ts from proto/hvsim/control/v1/*.proto. Do not edit.\n'
    + `// ${part.name}.js holds ${part.what},\n`
    + '// generated from the schema as control.d.ts declares them: these are its types.\n'
    + "import { hvsim as all } from './control';\n\n"
    + `export namespace ${PROTO_PACKAGE} {\n`
    + names.map((n) => `  export import ${n} = all.control.v1.${n};\n`).join('')
    + '}\n';
}

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_ROOT, target));
  root.loadSync(protoFiles(), { alternateCommentMode: true });
  root.resolveAll();
  return root;
}

function docComment(text: string | null, indent: string): string {
  if (!text) return '';
  const lines = text.trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** The message's name relative to the package, as `pb.<Name>`. */
function messageRef(type: protobuf.Type): string {
  const full = type.fullName.replace(/^\./, '');
  if (!full.startsWith(`${PROTO_PACKAGE}.`)) throw new Error(`${full} is outside ${PROTO_PACKAGE}`);
  return `pb.${full.slice(PROTO_PACKAGE.length + 1)}`;
}

function packageOf(root: protobuf.Root): protobuf.Namespace {
  const ns = root.lookup(PROTO_PACKAGE);
  if (!(ns instanceof protobuf.Namespace)) throw new Error(`no package ${PROTO_PACKAGE}`);
  return ns;
}

function serviceOf(pkg: protobuf.Namespace, name: string): protobuf.Service {
  const service = pkg.lookup(name);
  if (!(service instanceof protobuf.Service)) throw new Error(`no service ${name} in ${PROTO_PACKAGE}`);
  return service;
}

function messagesOf(method: protobuf.Method): { request: protobuf.Type; response: protobuf.Type } {
  const request = method.resolvedRequestType;
  const response = method.resolvedResponseType;
  if (!request || !response) throw new Error(`${method.parent?.name}.${method.name}: unresolved types`);
  return { request, response };
}

/** SERVICE's method descriptors, over the message classes of `schema` (a module of src/). */
function serviceSource(name: string, schema: string): string {
  const service = serviceOf(packageOf(loadRoot()), name);
  let out = '// Generated by packages/control/scripts/gen.ts from proto/hvsim/control/v1/*.proto. Do not edit.\n'
    + "import { serverStream, unary } from '../method';\n"
    + `import { pb } from '${schema}';\n`;
  out += `\n${docComment(service.comment, '')}export const ${service.name} = {\n`;
  for (const method of service.methodsArray) {
    if (method.requestStream) throw new Error(`${service.name}.${method.name}: client streams are not supported`);
    const factory = method.responseStream ? 'serverStream' : 'unary';
    const { request, response } = messagesOf(method);
    out += docComment(method.comment, '  ')
      + `  ${method.name}: ${factory}('${PROTO_PACKAGE}.${service.name}/${method.name}', `
      + `${messageRef(request)}, ${messageRef(response)}),\n`;
  }
  return out + '} as const;\n';
}

if (require.main === module) {
  generate(process.argv[2] ? path.resolve(process.argv[2]) : GEN_DIR);
}
