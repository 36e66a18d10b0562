// ESLint flat config: eslint-plugin-obsidianmd's recommended set over the whole TypeScript project.
import { builtinModules } from "node:module";
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

// The layers (see CONVENTIONS): core is pure, ui renders DOM without Obsidian, only plugin imports obsidian, cli is a
// thin adapter; nothing imports back up. Each entry is the folder and the import patterns it may not use.
const NODE_BUILTINS = builtinModules.flatMap((name) => [name, `node:${name}`]);
const layer = (folder, message, groups, extra = {}) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: groups, message }], ...extra }],
  },
});
const nodeBuiltins = { paths: NODE_BUILTINS.map((name) => ({ name, message: "no Node built-ins outside src/cli" })) };

// Regex lookbehind (`(?<=`, `(?<!`) does not parse on iOS before 16.4, and one bad regex stops the whole plugin
// loading. obsidianmd/regex-lookbehind misses `(?<!` in regex literals, so these selectors check it again.
const LOOKBEHIND = "/\\(\\?<[=!]/";
const lookbehindMessage = "no regex lookbehind in src/: it does not parse on iOS before 16.4";
const noLookbehind = [
  { selector: `Literal[regex.pattern=${LOOKBEHIND}]`, message: lookbehindMessage },
  { selector: `NewExpression[callee.name='RegExp'] Literal[value=${LOOKBEHIND}]`, message: lookbehindMessage },
  { selector: `CallExpression[callee.name='RegExp'] Literal[value=${LOOKBEHIND}]`, message: lookbehindMessage },
  { selector: `NewExpression[callee.name='RegExp'] TemplateElement[value.raw=${LOOKBEHIND}]`, message: lookbehindMessage },
];

export default defineConfig([
  {
    ignores: ["node_modules/", "main.js", "dist/", "test-output/", "bench-output/", "coverage/", "**/*.mjs", "**/*.cjs", "examples/"],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.*"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // TypeScript checks names itself; core no-undef does not know jest's or Node's globals (typescript-eslint's advice).
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    // src/ui also runs outside Obsidian (the HTML export), where Obsidian's createEl/activeDocument do not exist.
    files: ["src/ui/**/*.ts", "src/core/**/*.ts", "src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-active-doc": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-instanceof": "off",
    },
  },
  {
    // The CLI, tests and bench run in Node, never inside Obsidian.
    files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "import/no-nodejs-modules": "off",
      // Node parses lookbehinds; tests write them on purpose to check the rule and the bundle scan.
      "obsidianmd/regex-lookbehind": "off",
      "no-console": "off",
      // tsc checks undefined names; jest's globals (describe, it, expect) come from @types/jest, unknown to no-undef.
      "no-undef": "off",
    },
  },
  layer("core", "src/core is pure: no obsidian, ui, plugin or cli", ["obsidian", "**/ui/**", "**/plugin/**", "**/cli/**", "d3"], nodeBuiltins),
  layer("ui", "src/ui renders DOM without Obsidian: no obsidian, plugin or cli", ["obsidian", "**/plugin/**", "**/cli/**"], nodeBuiltins),
  layer("plugin", "src/plugin does not import the CLI", ["**/cli/**"]),
  layer("cli", "src/cli does not import the plugin or obsidian", ["obsidian", "**/plugin/**"]),
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...["window", "document", "navigator", "HTMLElement", "activeDocument", "activeWindow"].map((name) => ({ name, message: "src/core has no DOM" }))],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...noLookbehind],
    },
  },
]);
