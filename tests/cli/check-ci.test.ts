// `mosaic check` in a course repository's CI: GitHub annotations, --ignore, the vault's own plugin settings, exit codes.
import { githubAnnotation } from "../../src/cli/format/github";
import { PLUGIN_DATA } from "../../src/cli/vault-settings";

// The config folder is Obsidian's `.obsidian` unless the user renamed it; the CLI finds it either way.
const SETTINGS_FILE = `.vault-config/${PLUGIN_DATA}`;
import { makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const UUID = "3dd47fce-a0fe-4e03-916d-a160fe697dd0";
const lens = (body: string, n = 0): string => `---\nid: ${UUID.slice(0, -1)}${n}\n---\n#### Text\n${body}\n`;

describe("mosaic check for CI", () => {
  it("--format github prints one annotation per diagnostic, with file, line and code", async () => {
    const vault = makeVault({ "Lenses/L.md": lens("content::") });
    const result = await run(["check", vault, "--format", "github"]);
    expect(result.code).toBe(1);
    expect(result.outLines).toEqual(["::error file=Lenses/L.md,line=5,title=empty-segment-field::Text segment has empty content%3A%3A field".replace("%3A%3A", "::")]);
  });

  it("escapes what would end an annotation early", () => {
    const line = githubAnnotation({ file: "a,b:c.md", line: null, severity: "warning", code: "field-typo", message: "50% done\nnext" });
    expect(line).toBe("::warning file=a%2Cb%3Ac.md,title=field-typo::50%25 done%0Anext");
  });

  it("exits 0 when there are only warnings, 1 on errors, 2 on an unknown format", async () => {
    const warn = makeVault({ "Lenses/L.md": lens("content:: a\noptionl:: true") });
    expect((await run(["check", warn])).code).toBe(0);
    expect((await run(["check", warn, "--format", "xml"])).code).toBe(2);
  });

  it("--ignore (repeatable) leaves matching notes unchecked but still read", async () => {
    const vault = makeVault({ "Lenses/A.md": lens("content::", 1), "drafts/Lenses/B.md": lens("content::", 2), "Lenses/C.md": lens("content:: [[A]]", 3) });
    const all = await run(["check", vault, "--format", "json"]);
    expect((JSON.parse(all.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file)).toEqual(["Lenses/A.md", "drafts/Lenses/B.md"]);
    const some = await run(["check", vault, "--ignore", "drafts/**", "--ignore", "A.md"]);
    expect(some.code).toBe(0);
    expect(some.stdout).toBe("");
  });

  it("reads the plugin's settings from the vault: kind tags and ignore globs", async () => {
    const settings = JSON.stringify({ version: 1, kindTags: { lens: ["lesson"] }, ignoreGlobs: ["old/**"] });
    const vault = makeVault({
      [SETTINGS_FILE]: settings,
      "notes/L.md": `---\nid: ${UUID}\ntags: [lesson]\n---\n#### Text\ncontent::\n`,
      "old/Lenses/X.md": lens("content::"),
    });
    const result = await run(["check", vault]);
    expect(result.outLines).toEqual([expect.stringMatching(/^notes\/L\.md:6: error: empty-segment-field: /)]);
  });

  it("says so on stderr when data.json is not valid JSON, and uses the defaults", async () => {
    const vault = makeVault({ [SETTINGS_FILE]: "{ nope", "Lenses/L.md": lens("content:: a") });
    const result = await run(["check", vault]);
    expect(result.code).toBe(0);
    expect(result.errLines[0]).toMatch(/^mosaic: ignored \.vault-config\/plugins\/alignment-mosaic\/data\.json: /);
  });

  it("reads timestamps files and the texts of articles and transcripts, also from a warm cache", async () => {
    const vault = makeVault({
      "Lenses/L.md": `---\nid: ${UUID}\n---\n#### Article\nsource:: [[../articles/a]]\nfrom:: nowhere\n#### Video\nsource:: [[../video_transcripts/v]]\nfrom:: 1:00\n`,
      "articles/a.md": "---\ntitle: A\nauthor: B\nsource_url: https://example.org\npublished: 2024-01-01\n---\nHello world.\n",
      "video_transcripts/v.md": "---\ntitle: V\nchannel: C\nurl: https://example.org/v\n---\n0:00 - a\n0:30 - b\n",
      "video_transcripts/v.timestamps.json": "[]",
      "video_transcripts/w.timestamps.json": "[",
    });
    const expected = [
      "Lenses/L.md:5: error: anchor-not-found: Start anchor 'nowhere' not found in article",
      "Lenses/L.md:9: error: video-excerpt: Start timestamp '1:00' not found in transcript",
      "video_transcripts/v.timestamps.json:1: warning: timestamps-empty: Timestamps array is empty",
      "video_transcripts/w.timestamps.json: warning: orphan-timestamps: Orphaned timestamps file: no matching .md transcript found (expected video_transcripts/w.md)",
      expect.stringMatching(/^video_transcripts\/w\.timestamps\.json:1: error: timestamps-json: Invalid JSON: /),
    ];
    for (const args of [["check", vault], ["check", vault, "--cache"], ["check", vault, "--cache"]]) {
      const result = await run(args);
      expect(result.outLines).toEqual(expected);
    }
  });
});
