// ESLint flat config: eslint-plugin-obsidianmd's recommended set over the whole TypeScript project.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

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
      "no-console": "off",
      // tsc checks undefined names; jest's globals (describe, it, expect) come from @types/jest, unknown to no-undef.
      "no-undef": "off",
    },
  },
]);
