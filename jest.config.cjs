// Jest: ts-jest for TypeScript, d3 mapped to its CommonJS-friendly dist build.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^d3$": "<rootDir>/node_modules/d3/dist/d3.min.js",
    // The in-memory Obsidian API (obsidian-test-mocks needs jsdom at import time, which is not installed).
    "^obsidian$": "<rootDir>/tests/fakes/obsidian/index.ts",
  },
  testTimeout: 60000,
};
