#!/usr/bin/env node
// The `hvsim` bin. It is committed JavaScript rather than compiled code because npm links
// bins when it installs the workspace, before `prepare` (tsc -b) has built dist/: a bin that
// does not exist yet is not linked, and `npx hvsim` fails on a fresh install. It runs
// dist/launch.js, which starts the CLI (from the one-file bundle of it when that is built).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist', 'launch.js');
const build = `run \`npm run build\` in ${path.resolve(__dirname, '..', '..', '..')}`;
if (!fs.existsSync(compiled)) {
  process.stderr.write(`hvsim: ${compiled} is not built yet: ${build}\n`);
  process.exit(1);
}
const cli = require(compiled);
if (typeof cli.launch !== 'function') {
  process.stderr.write(`hvsim: ${compiled} is older than this launcher: ${build}\n`);
  process.exit(1);
}
cli.launch();
