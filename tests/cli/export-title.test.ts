// `mosaic export --format html` titles the page with the vault folder's name, or with `--title`.
import { EXAMPLE_VAULT, run } from "./cli-harness";

// The real page needs the browser bundle the CLI build inlines; here only the title handed to it matters.
jest.mock("../../src/cli/export-html", () => ({ exportHtml: (_data: unknown, title: string) => `TITLE:${title}\n` }));

describe("export --format html title", () => {
  it("defaults to the vault folder's name", async () => {
    const result = await run(["export", "--format", "html", EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 0, stdout: "TITLE:alignment-mosaic\n" });
  });

  it("takes --title", async () => {
    const result = await run(["export", "--format", "html", "--title", "Intro to AI safety, spring", EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 0, stdout: "TITLE:Intro to AI safety, spring\n" });
  });

  it("refuses --title for other formats, in one line", async () => {
    const result = await run(["export", "--format", "json", "--title", "X", EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([expect.stringMatching(/^mosaic: --title works with --format html, not json /)]);
  });
});
