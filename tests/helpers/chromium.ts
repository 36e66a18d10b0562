// Launches Debian's Chromium through playwright-core for browser tests; tests skip when it is not installed.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);
export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const TEST_OUTPUT = path.join(REPO_ROOT, "test-output");

/** `describe` when Chromium is there, else `describe.skip` with a note saying why. */
export function describeInChromium(name: string, body: () => void): void {
  if (hasChromium) {
    describe(name, body);
  } else {
    console.warn(`skipping "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    describe.skip(name, body);
  }
}

/** The flags every Chromium of the tests and the bench starts with. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** Set by the test run's global setup: the one Chromium all browser suites share (each in contexts of its own). */
export const SHARED_CHROMIUM_ENV = "MOSAIC_CHROMIUM_WS";

/**
 * A browser to open pages in: a connection to the test run's shared Chromium when there is one (closing it closes
 * only this connection's pages), else a Chromium of its own (the bench, or a suite run without the global setup).
 */
export async function launchChromium(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Path for a screenshot under test-output/, creating the folder. */
export function screenshotPath(name: string): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return path.join(TEST_OUTPUT, name.endsWith(".png") ? name : `${name}.png`);
}
