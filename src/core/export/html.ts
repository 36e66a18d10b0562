// Builds the self-contained HTML export page: inline app script and style pinned by CSP hashes, data as inert JSON.
import type { MosaicExport } from "../model";

export interface HtmlPageInput {
  data: MosaicExport;
  /** The browser app (dist/html-app.js), run inline. */
  appScript: string;
  css: string;
  title: string;
  /** Base64 SHA-256 of a string's UTF-8 bytes; the CLI passes node:crypto's, so the core holds no crypto. */
  sha256Base64: (text: string) => string;
}

/** JSON safe inside a `<script>` element: no `<`, `>` or `&` (so no `</script>` or `<!--`), and no JS line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `</script` or `</style` inside inline code would end the element early; `<\/` means the same in JS strings and regexes. */
function closeTagSafe(code: string, tag: "script" | "style"): string {
  const pattern = new RegExp(`</(${tag})`, "gi");
  return tag === "script" ? code.replace(pattern, "<\\/$1") : code.replace(pattern, "<\\2f $1");
}

export function buildHtmlPage(input: HtmlPageInput): string {
  const script = closeTagSafe(input.appScript, "script");
  const css = closeTagSafe(input.css, "style");
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${input.sha256Base64(script)}'`,
    `style-src 'sha256-${input.sha256Base64(css)}'`,
    "img-src data:",
    // The graph lays itself out in a Web Worker made from a blob the page's own (hashed) script creates.
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlText(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtmlText(input.title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
    '<body class="mosaic-export theme-light">',
    '<div id="mosaic-app"></div>',
    `<script type="application/json" id="mosaic-data">${scriptSafeJson(input.data)}</script>`,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
