'use strict';
// `@hvsim/host/client` (see src/client.ts): the compiled module, found here by Node.
module.exports = require('./dist/client');
