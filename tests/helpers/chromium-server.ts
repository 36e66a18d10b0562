// Jest's global setup and teardown: one Chromium for the whole test run, shared by the browser suites over its websocket.
import { chromium, type BrowserServer } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium, SHARED_CHROMIUM_ENV } from "./chromium";

const KEY = "__mosaicChromiumServer";
type WithServer = typeof globalThis & { [KEY]?: BrowserServer };

/** Starts the shared Chromium (when it is installed and no one else already shares one) and hands its address to the workers. */
export async function startSharedChromium(): Promise<void> {
  if (!hasChromium || process.env[SHARED_CHROMIUM_ENV]) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  (globalThis as WithServer)[KEY] = server;
  process.env[SHARED_CHROMIUM_ENV] = server.wsEndpoint();
}

export async function stopSharedChromium(): Promise<void> {
  await (globalThis as WithServer)[KEY]?.close();
}
