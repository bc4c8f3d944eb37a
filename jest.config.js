/** Tests run from the TypeScript sources, transpiled file by file (tsconfig.test.json sets
 *  isolatedModules); `tsc -p tsconfig.test.json`, run first by `npm test`, type-checks them. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  // A module of a package by path ('@hvsim/abi/xen'): its own file, not the index's getters.
  moduleNameMapper: { '^@hvsim/([a-z0-9-]+)$': '<rootDir>/packages/$1/src', '^@hvsim/(abi|riscv)/([a-z0-9_-]+)$': '<rootDir>/packages/$1/src/$2' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
