// Jest: ts-jest for TypeScript (and the ESM-only stemmer package), d3 mapped to its CommonJS-friendly dist build.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
    // stemmer ships ESM only: ts-jest compiles its plain JavaScript to CommonJS like our own files.
    "/node_modules/stemmer/.+\\.js$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, allowJs: true } },
    ],
  },
  // Jest leaves node_modules alone by default; stemmer is the one ESM-only package it must compile.
  transformIgnorePatterns: ["/node_modules/(?!stemmer/)"],
  moduleNameMapper: {
    "^d3$": "<rootDir>/node_modules/d3/dist/d3.min.js",
    // The in-memory Obsidian API (obsidian-test-mocks needs jsdom at import time, which is not installed).
    "^obsidian$": "<rootDir>/tests/fakes/obsidian/index.ts",
  },
  testTimeout: 60000,
  // One Chromium for the whole run, shared by the browser suites (each in contexts of its own).
  globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
  // Jest's default leaves a core idle (cores - 1 workers): on a 2-core machine that is one worker, and half the speed.
  maxWorkers: "100%",
};
