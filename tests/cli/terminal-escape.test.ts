// Note text, file names and outline text reach the terminal with control characters escaped, never raw.
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { escapeControls } from "../../src/cli/format/terminal-text";
import { makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

// Clear screen, an OSC 52 clipboard write, a cursor-up that would hide the line above, and a bidi override.
const HOSTILE = "\u001b[2J\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[1A\u202e";

function hostileVault(): string {
  return makeVault({
    [`Problems/Evil${"\u001b[31m"}.md`]: [
      "---",
      "tags: [problem]",
      "---",
      `# Evil ${HOSTILE}`,
      `- Gap question ${HOSTILE} ^gap`,
      `  - Leaf ${HOSTILE}`,
      "",
    ].join("\n"),
    "Sources/Reader.md": ["---", "tags: [paper]", "---", "addresses:: [[Nowhere \u0007\u001bc]]", "Gap question leaf words", ""].join("\n"),
  });
}

function expectNoRawControls(text: string): void {
  // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
}

describe("terminal output escapes control characters", () => {
  it("escapes as \\xNN and \\uNNNN", () => {
    expect(escapeControls("a\u001b[2Jb\u0007c\u202ed")).toBe("a\\x1b[2Jb\\x07c\\u202ed");
    expect(escapeControls("plain é ✓")).toBe("plain é ✓");
  });

  it.each([["tree"], ["check"], ["next"], ["export", "--format", "markdown"]])("mosaic %s", async (...command) => {
    const vault = hostileVault();
    const result = await run([...command, vault], { isTTY: true, columns: 200 });
    // eslint-disable-next-line no-control-regex -- drops the colour codes the CLI itself adds on a terminal
    expectNoRawControls(result.stdout.replace(/\u001b\[[0-9;]*m/g, ""));
    expectNoRawControls(result.stderr);
    expect(result.stdout + result.stderr).toContain("\\x1b");
  });

  it("the import dry run, the user's review step, shows outline text escaped", async () => {
    const vault = hostileVault();
    const outline = path.join(vault, "..", `outline-${path.basename(vault)}.md`);
    writeFileSync(outline, `- New question ${HOSTILE}\n`);
    const result = await run(["import", outline, "--into", "Problems/Target.md", vault]);
    expect(result.code).toBe(0);
    expectNoRawControls(result.stdout);
    // The note gets U+FFFD for C0 controls (inert text); what is left, such as a bidi override, is shown escaped.
    expect(result.stdout).toContain("New question \uFFFD[2J");
    expect(result.stdout).toContain("\\u202e");
  });
});
