// The self-contained HTML export: page building (pure), then the example and a hostile vault opened in Chromium.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { buildHtmlPage, scriptSafeJson } from "../../src/core/export/html";
import { buildGraphData, questionId } from "../../src/core/graph/graph-data";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { MosaicExport, TreeNode } from "../../src/core/model";
import { htmlPage, sha256Base64 } from "../../src/cli/html-page";
import { bundleForBrowser } from "../helpers/browser-bundle";
import { describeInChromium, launchChromium, REPO_ROOT, screenshotPath, TEST_OUTPUT } from "../helpers/chromium";
import { exampleFiles } from "../helpers/example-vault";
import { COURSE_PATH, lensCourse, outcomePath } from "../../bench/lens-course";
import { htmlExportData } from "../../src/core/export/html-data";
import { indexOf } from "../core/index/helpers";
import { exportJson } from "../../src/core/export/json";

const EMPTY: MosaicExport = { version: 1, notes: [], edges: [], problems: [], diagnostics: [] };

describe("buildHtmlPage", () => {
  it("embeds JSON that parses back and holds no <, >, & or line separators", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = scriptSafeJson(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    const hostile = { t: "</script><script>x()</script><!-- \u2028\u2029 &amp;" };
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile);
  });

  it("pins the inline script and style with CSP hashes and allows nothing else", () => {
    const page = buildHtmlPage({ data: EMPTY, appScript: "var a = '</script>';", css: "body{color:red}", title: "<T&>", sha256Base64 });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? "";
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    expect(script).toBe("var a = '<\\/script>';");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${sha256Base64(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${sha256Base64(style)}'`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(page).toContain("<title>&#60;T&#38;&#62;</title>");
    expect(page.match(/<script/g)).toHaveLength(2);
  });
});

function exampleExport(): MosaicExport {
  const index = new MosaicIndex();
  for (const [notePath, text] of Object.entries(exampleFiles())) if (notePath.endsWith(".md")) index.setNote(notePath, text);
  return exportJson(index);
}

const PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>";
const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_JS = "javascript:window.__pwned=1";

/** Notes carrying script, image and javascript: payloads in titles, questions, fields, link context and file names. */
function hostileExport(): MosaicExport {
  const index = new MosaicIndex();
  const problem = `Problems/${PAYLOAD_IMG}.md`;
  index.setNote(
    problem,
    [
      "---",
      `title: "${PAYLOAD_SCRIPT.replace(/"/g, '\\"')}"`,
      "tags: [problem]",
      "---",
      `# ${PAYLOAD_SCRIPT}`,
      `- ${PAYLOAD_IMG} ^q-img`,
      `  - ${PAYLOAD_JS} status:: ${PAYLOAD_IMG}`,
      `  - [click](${PAYLOAD_JS}) ^q-link`,
      `- What about </style><style>body{display:none}</style>? ^q-style`,
      "",
    ].join("\n"),
  );
  index.setNote(
    `Sources/"><svg onload=window.__pwned=1>.md`,
    [
      "---",
      "tags: [paper]",
      "---",
      `addresses:: [[${PAYLOAD_IMG}#^q-img]]`,
      `See [[${PAYLOAD_IMG}#^q-link]] ${PAYLOAD_SCRIPT} ${PAYLOAD_JS}`,
      `[[${PAYLOAD_JS}]]`,
      "",
    ].join("\n"),
  );
  return exportJson(index);
}

type MosaicWindow = Window & {
  __pwned?: unknown;
  __mosaic?: {
    renderer: {
      stats(): { nodes: number; links: number; settled: boolean };
      state(): { highlighted: string | null };
      highlight(id: string | null): void;
      screenPosition(id: string): { x: number; y: number } | null;
      canvasElement: HTMLCanvasElement;
    };
    setTheme(dark: boolean): void;
  };
};

describeInChromium("HTML export in Chromium", () => {
  let browser: Browser;
  let appScript: string;
  let css: string;

  beforeAll(async () => {
    appScript = await bundleForBrowser(path.join(REPO_ROOT, "src/ui/html-app.ts"), { minify: true });
    // The same CSS the CLI bundles through `virtual:export-css`.
    css = execFileSync(process.execPath, ["-e", "import('./esbuild.config.mjs').then((m) => process.stdout.write(m.exportCss()))"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the page to test-output/ and opens it from file://, recording every request and CSP violation. */
  async function open(name: string, data: MosaicExport, dark = false): Promise<{ page: Page; requests: string[]; violations: string[] }> {
    const file = path.join(TEST_OUTPUT, `${name}.html`);
    screenshotPath(name); // creates test-output/
    writeFileSync(file, htmlPage(data, appScript, css, "Alignment Mosaic export"));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: dark ? "dark" : "light" });
    const requests: string[] = [];
    const violations: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as MosaicWindow).__mosaic?.renderer.stats().settled === true, undefined, { timeout: 60000 });
    return { page, requests, violations };
  }

  const drawnPixels = (page: Page): Promise<number> =>
    page.evaluate(() => {
      const c = (window as MosaicWindow).__mosaic?.renderer.canvasElement;
      const img = c?.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < img.length; i += 4) if ((img[i] ?? 0) > 0) n++;
      return n;
    });

  /** Rendered tree rows standing for a line of a note (questions, addressing notes). */
  const rowCount = (page: Page): Promise<number> => page.locator(".mosaic-export-tree .tree-item-self[data-line]").count();

  // blob: is the graph's layout worker, made by the page's own script.
  const onlyLocal = (requests: string[]): string[] => requests.filter((u) => !/^(file:\/\/|data:|blob:)/.test(u));

  it("renders the example vault: trees, graph, click-to-highlight, both themes, no requests", async () => {
    const data = exampleExport();
    expect(data.problems.length).toBeGreaterThan(0);
    const { page, requests, violations } = await open("export-example", data);
    expect(await page.title()).toBe("Alignment Mosaic export");
    expect(await page.locator(".mosaic-export-title").textContent()).toBe("Alignment Mosaic export");

    // The tree of the first problem, drawn by the sidebar's renderer, and a picker for the others.
    const first = data.problems[0];
    if (!first) throw new Error("no problem");
    expect(await page.locator(".mosaic-export-problem-select option").count()).toBe(data.problems.length);
    expect(await rowCount(page)).toBeGreaterThanOrEqual(first.root.children.length);
    expect(await drawnPixels(page)).toBeGreaterThan(1000);
    const stats = await page.evaluate(() => (window as MosaicWindow).__mosaic?.renderer.stats());
    // A `parent::` note's tree shows under its parent and as a problem of its own: one graph node per question.
    const ids = new Set<string>();
    const collect = (n: TreeNode): void => n.children.forEach((c) => (ids.add(questionId(c.path, c.line)), collect(c)));
    data.problems.forEach((p) => collect(p.root));
    expect(stats?.nodes).toBe(data.notes.length + ids.size);

    // Picking another problem shows its tree; clicking one of its questions highlights it in the graph.
    const other = data.problems.find((p) => p.path !== first.path && p.root.children.length > 0) ?? first;
    await page.locator(".mosaic-export-problem-select").selectOption(other.path);
    expect(await rowCount(page)).toBeGreaterThanOrEqual(other.root.children.length);
    const q = other.root.children[0];
    if (!q) throw new Error("no question");
    const id = questionId(q.path, q.line);
    await page.locator(`.mosaic-export-tree .tree-item-self[data-line="${q.line}"]`).filter({ hasText: q.text.slice(0, 30) }).first().click();
    expect(await page.evaluate(() => (window as MosaicWindow).__mosaic?.renderer.state().highlighted)).toBe(id);
    expect(await page.locator(".mosaic-export-details").textContent()).toContain(`${q.path}:${q.line}`);

    // Clicking a node in the graph selects it too, switching the tree to its problem.
    const firstQ = first.root.children[0];
    if (firstQ && first.path !== other.path) {
      const firstId = questionId(firstQ.path, firstQ.line);
      const box = await page.locator(".mosaic-graph-canvas").boundingBox();
      await page.evaluate((nid) => (window as MosaicWindow).__mosaic?.renderer.highlight(nid), firstId);
      const p = await page.evaluate((nid) => (window as MosaicWindow).__mosaic?.renderer.screenPosition(nid), firstId);
      await page.mouse.click((box?.x ?? 0) + (p?.x ?? 0), (box?.y ?? 0) + (p?.y ?? 0));
      expect(await page.locator(".mosaic-export-problem-select").inputValue()).toBe(first.path);
      expect(await page.locator(".mosaic-export-selected").count()).toBe(1);
      expect(await page.locator(".mosaic-export-details").textContent()).toContain(`${firstQ.path}:${firstQ.line}`);
    }
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath("export-example-light") });

    await page.locator(".mosaic-export-theme").click();
    expect(await page.evaluate(() => document.body.classList.contains("theme-dark"))).toBe(true);
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath("export-example-dark") });

    expect(onlyLocal(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("lists a node's relations both ways in the details panel, each a link that selects", async () => {
    const data = exampleExport();
    const graph = buildGraphData(data);
    const { page } = await open("export-details", data);
    const source = graph.nodes.find((n) => n.kind === "source" && graph.links.some((l) => l.source === n.id && l.relation === "addresses"));
    const module = graph.nodes.find((n) => n.kind === "module");
    if (!source || !module) throw new Error("the example vault lost its sources or modules");
    await page.evaluate((id) => (window as MosaicWindow).__mosaic?.select(id), source.id);
    const groups = await page.locator(".mosaic-export-relation-title").allTextContents();
    const addressed = graph.links.filter((l) => l.source === source.id && l.relation === "addresses").length;
    expect(groups).toContain(`Addresses questions (${addressed})`);
    const link = page.locator('.mosaic-export-relation-group[data-direction="out"] .mosaic-export-relation-link').first();
    const target = await link.getAttribute("data-id");
    await link.click();
    expect(await page.evaluate(() => (window as MosaicWindow).__mosaic?.renderer.state().highlighted)).toBe(target);
    // The question lists what addresses it, the other way round.
    expect(await page.locator(".mosaic-export-relation-title").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Addressed by sources/)]));
    await page.evaluate((id) => (window as MosaicWindow).__mosaic?.select(id), module.id);
    expect((await page.locator(".mosaic-export-relations").textContent()) ?? "").toMatch(/Learning outcomes|Lenses/);
    await page.close();
  });

  it("says so, visibly, when there is nothing to draw", async () => {
    const { page } = await open("export-empty", EMPTY);
    const message = page.locator(".mosaic-graph-empty");
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toBe("Nothing to show.");
    await page.close();
  });

  it("follows prefers-color-scheme: dark", async () => {
    const { page } = await open("export-dark-scheme", exampleExport(), true);
    expect(await page.evaluate(() => document.body.className)).toContain("theme-dark");
    await page.close();
  });

  it("shows a hostile vault's payloads as text and runs none of them", async () => {
    const data = hostileExport();
    const serialised = JSON.stringify(data);
    // The payloads did reach the export: titles, questions, paths and link context.
    expect(serialised).toContain(PAYLOAD_SCRIPT.replace(/"/g, '\\"'));
    expect(serialised).toContain("onerror");
    expect(serialised).toContain(PAYLOAD_JS);

    const { page, requests, violations } = await open("export-hostile", data);
    expect(await page.evaluate(() => (window as MosaicWindow).__pwned)).toBeUndefined();
    expect(await page.locator("#mosaic-app img, #mosaic-app script, #mosaic-app a, #mosaic-app iframe, #mosaic-app [onerror], #mosaic-app [onload]").count()).toBe(0);
    expect(await page.locator("body > script").count()).toBe(2);
    expect(await page.locator("style").count()).toBe(1);
    const text = (await page.locator("#mosaic-app").innerText()).replace(/\s+/g, " ");
    expect(text).toContain(PAYLOAD_IMG);
    expect(text).toContain(PAYLOAD_SCRIPT);
    expect(text).toContain(PAYLOAD_JS);
    expect(await drawnPixels(page)).toBeGreaterThan(100);

    // Select every row: each highlights a graph node, and the details panel shows paths and context as text.
    const rows = page.locator(".mosaic-export-tree .tree-item-self[data-line]");
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < n; i++) {
      await rows.nth(i).click();
      expect(await page.evaluate(() => (window as MosaicWindow).__mosaic?.renderer.state().highlighted)).not.toBeNull();
    }
    expect(await page.locator(".mosaic-export-details").innerText()).toContain(".md");
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath("export-hostile") });
    expect(await page.evaluate(() => (window as MosaicWindow).__pwned)).toBeUndefined();
    expect(onlyLocal(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("opens a vault without problems on its courses, and says so visibly when there is neither", async () => {
    const data = htmlExportData(indexOf(lensCourse({ modules: 3, outcomesPerModule: 3, lensesPerOutcome: 1, directEvery: 3 })));
    expect(data.problems).toEqual([]);
    const { page } = await open("export-course", data);
    expect(await page.locator(".mosaic-export-problem-select").inputValue()).toBe(COURSE_PATH);
    expect(await page.locator(".mosaic-export-tree .mosaic-module").count()).toBe(3);
    await page.locator(".mosaic-export-tree .mosaic-module .collapse-icon").first().click();
    await page.locator(".mosaic-export-tree .mosaic-outcome .mosaic-note-link").first().click();
    expect(await page.locator(".mosaic-export-details").textContent()).toContain(outcomePath(1, 1));
    await page.waitForTimeout(100);
    await page.screenshot({ path: screenshotPath("export-course") });
    await page.close();

    const nothing = await open("export-nothing", htmlExportData(indexOf({ "Notes/a.md": "Just a note." })));
    const empty = nothing.page.locator(".mosaic-export-empty");
    expect(await empty.textContent()).toBe("No problem or course notes in this vault.");
    // Visible: the topmost element at its centre is the message itself, not a bar laid over it.
    const onTop = await empty.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.height > 0 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === e;
    });
    expect(onTop).toBe(true);
    await nothing.page.close();
  });
});
