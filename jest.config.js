/** Unit and adapter tests (Node). Browser tests have their own config: jest.e2e.config.js. */
module.exports = {
  testEnvironment: "node",
  // The machines are shared and noisy: tests assert behaviour, never timings, so give slow moments room.
  testTimeout: 30_000,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies jest cannot load; the mock needs none of it.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/shims/officeAddinManifest.js",
    // d3's packages are ESM-only for Node; jest (CommonJS here) loads their UMD builds, which require each other.
    "^(d3-[a-z-]+)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
