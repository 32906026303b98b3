/** Browser tests: the built pane (dist/) in Debian's chromium through playwright-core. `npm run test:e2e` */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  // Builds dist/ when it is missing or older than src/ (webpack, about a minute on two cores).
  globalSetup: "<rootDir>/tests/e2e/support/globalSetup.ts",
  testTimeout: 60_000,
  slowTestThreshold: 30,
};
