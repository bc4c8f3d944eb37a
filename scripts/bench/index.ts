/**
 * `npm run bench -- NAME [--json]`: runs one benchmark (a module beside this file
 * exporting `run`) against the compiled packages and prints its table, or JSON.
 */
export interface BenchResult {
  /** Rows for the human-readable table. */
  table: Array<Record<string, string | number | null>>;
  /** The machine-readable result. */
  json: Record<string, unknown>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length !== 1) {
    process.stderr.write('usage: npm run bench -- NAME [--json]   (NAME: blk, cpu, core, lifecycle, linux, migrate, net, rpc, xenstore, cli, cluster)\n');
    process.exit(2);
  }
  const mod = (await import(`./${names[0]}`)) as { run: (rest: string[]) => Promise<BenchResult> };
  const result = await mod.run(args);
  if (json) process.stdout.write(JSON.stringify(result.json, null, 2) + '\n');
  else console.table(result.table);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
