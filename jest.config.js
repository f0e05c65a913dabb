/**
 * One jest run for the whole suite. @swc/jest strips types without checking
 * them (`npm run typecheck` does that), which keeps `npm test` fast.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@parley/(domain|event-store|projections|ids)$': '<rootDir>/libs/$1/src',
    '^@parley/(domain|event-store|projections|ids)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testTimeout: 30000,
  // Each worker gets its own temp dir; 2 cores here.
  maxWorkers: process.env.CI ? 2 : '50%',
};
