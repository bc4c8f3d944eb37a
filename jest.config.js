/** Tests run from the TypeScript sources, transpiled file by file (tsconfig.test.json sets
 *  isolatedModules); `tsc -p tsconfig.test.json`, run first by `npm test`, type-checks them. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  // A module of a package by path ('@hvsim/abi/xen'): its own file, not the index's getters;
  // `@hvsim/control/client` is a second entry point (packages/control/client.js): its src/client.ts.
  moduleNameMapper: {
    '^@hvsim/([a-z0-9-]+)$': '<rootDir>/packages/$1/src',
    '^@hvsim/(abi|riscv)/([a-z0-9_-]+)$': '<rootDir>/packages/$1/src/$2',
    '^@hvsim/([a-z0-9-]+)/client$': '<rootDir>/packages/$1/src/client',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
