import type { CommandModule } from 'yargs';
import { parseDuration } from '@hvsim/host/client';
import { defaultSuiteDir, findKernels } from '../test-abi/kernels';
import { EXIT_CODES, RESULTS, runKernels, worst, type KernelReport } from '../test-abi/runner';

interface TestAbiArgs {
  pattern?: string;
  json: boolean;
  suite: string;
  seed: number;
  timeout: string;
}

export const testAbiCommand: CommandModule<object, TestAbiArgs> = {
  command: 'test-abi [pattern]',
  describe: 'Run the hypercall ABI conformance kernels (XTF style); exit 0 SUCCESS, 3 SKIP, 4 ERROR, 5 FAILURE, 6 CRASH',
  builder: (y) =>
    y
      .positional('pattern', { type: 'string', describe: 'kernel name pattern (e.g. evtchn, "s*"), or a kernel .elf or directory of your own' })
      .option('json', { type: 'boolean', default: false, describe: 'print the results as JSON' })
      .option('suite', { type: 'string', default: defaultSuiteDir(), describe: 'directory of the conformance kernels' })
      .option('seed', { type: 'number', default: 1, describe: 'simulation seed' })
      .option('timeout', { type: 'string', default: '10s', describe: 'virtual time a kernel may take before it counts as crashed' }),
  handler: async (argv) => {
    const kernels = findKernels(argv.pattern, argv.suite);
    const reports = await runKernels(kernels, { seed: argv.seed, limitNs: parseDuration(argv.timeout) });
    const result = worst(reports);
    process.stdout.write(argv.json ? JSON.stringify(reports.map(jsonOf), null, 2) + '\n' : table(reports));
    process.exitCode = EXIT_CODES[result];
  },
};

function jsonOf(r: KernelReport): Record<string, unknown> {
  return { name: r.name, kernel: r.elf, result: r.result, exit_code: EXIT_CODES[r.result], detail: r.detail, time_ns: r.timeNs, console: r.console };
}

/** xtf-runner's habit: the console of every kernel that did not pass, then one line a kernel. */
function table(reports: KernelReport[]): string {
  const out: string[] = [];
  for (const r of reports.filter((x) => x.result !== 'SUCCESS' && x.console !== '')) {
    out.push(`--- test-${r.name} console ---`, r.console.trimEnd(), '');
  }
  const width = Math.max(...reports.map((r) => r.name.length)) + 6;
  out.push('Combined test results:');
  for (const r of reports) {
    const time = `${(r.timeNs / 1e6).toFixed(1)} ms`;
    out.push(`${`test-${r.name}`.padEnd(width)} ${r.result.padEnd(8)} ${time.padStart(10)}${r.detail ? `  ${r.detail}` : ''}`);
  }
  const counts = RESULTS.filter((res) => reports.some((r) => r.result === res)).map((res) => `${reports.filter((r) => r.result === res).length} ${res}`);
  out.push(`${reports.length} ${reports.length === 1 ? "kernel" : "kernels"}: ${counts.join(', ')}`, '');
  return out.join('\n');
}
