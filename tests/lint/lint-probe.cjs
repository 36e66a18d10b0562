// Lints in-memory files with the project's ESLint config through ESLint's Node API (run as a child process, since
// the config is an ES module jest's sandbox cannot load). stdin: [{filePath, code}]; stdout: [[ruleId, message]] per file.
const { ESLint } = require("eslint");

const RULES = new Set(["no-restricted-imports", "no-restricted-syntax", "no-restricted-globals", "obsidianmd/regex-lookbehind"]);

async function main() {
  const files = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
  // Only the layering and regex rules: they need no type information, so no TypeScript program is built.
  const eslint = new ESLint({
    cwd: process.argv[2],
    ruleFilter: ({ ruleId }) => RULES.has(ruleId),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  });
  const out = [];
  for (const { filePath, code } of files) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map((m) => [m.ruleId, m.message]));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
