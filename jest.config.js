/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  moduleNameMapper: {
    '^@pitlane/(core|crypto|garage|identity|mail|observability|platform|queue|repairs|scheduling|search)$':
      '<rootDir>/libs/$1/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: one worker per core; each integration file boots its own app.
  maxWorkers: 2,
  // A suite that leaves a socket open must not hold CI hostage: every suite closes what it
  // opens, and this is the backstop.
  forceExit: true,
};
