// Flat config: the yo-office React template's rules (eslint-plugin-office-addins), typescript-eslint, React, and the
// project's architecture: src/core stays pure, and only src/excel touches Office.js.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

const coreMessage = "src/core is pure TypeScript: no UI, no Office.js, no I/O, no adapters (src/i18n is allowed).";
const officeMessage = "Office.js is used only in src/excel (the Excel adapter).";
const adapterFolders = ["excel", "files", "taskpane", "chart", "cli"].flatMap((folder) => [
  `**/${folder}`,
  `**/${folder}/**`,
]);

/** The template's configs, re-pointed at this project's typescript-eslint (the plugin bundles an older copy). */
function withProjectTypescriptEslint(configs) {
  return configs.map((config) => ({
    ...config,
    ...(config.plugins?.["@typescript-eslint"] && {
      plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
    }),
    ...(config.languageOptions?.parser && { languageOptions: { ...config.languageOptions, parser: tseslint.parser } }),
  }));
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "bench/out/"] },
  ...withProjectTypescriptEslint(officeAddins.configs.react),
  ...tseslint.configs.recommended,
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "tests/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts", "src/cli/**/*.ts"],
    languageOptions: { ecmaVersion: "latest", globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Runs before the bundle in hosts that cannot run it (Internet Explorer 11): plain ES5, a classic script.
    files: ["src/taskpane/hostCheck.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: globals.browser },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/**", "react-dom", "react-dom/**"], message: coreMessage },
            { group: ["@fluentui/**", "d3-selection", "d3-selection/**"], message: coreMessage },
            { group: ["office-js", "@microsoft/office-js", "@microsoft/office-js/**"], message: coreMessage },
            { group: ["exceljs", "exceljs/**", "papaparse", "fs", "node:*"], message: coreMessage },
            { group: adapterFolders, message: coreMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: officeMessage },
        { name: "Office", message: officeMessage },
      ],
    },
  },
  prettier,
  // Formatting is checked by `prettier --check` in `npm run lint`, not reported again by ESLint.
  { rules: { "prettier/prettier": "off" } },
);
