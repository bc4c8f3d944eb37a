#!/usr/bin/env node
// The `hvsim` bin. It is committed JavaScript rather than the compiled dist/main.js because
// npm links bins when it installs the workspace, before `prepare` (tsc -b) has built dist/:
// a bin that does not exist yet is not linked, and `npx hvsim` fails on a fresh install.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist', 'main.js');
if (!fs.existsSync(compiled)) {
  const root = path.resolve(__dirname, '..', '..', '..');
  process.stderr.write(`hvsim: ${compiled} is not built yet: run \`npm run build\` in ${root}\n`);
  process.exit(1);
}
require(compiled).run();
