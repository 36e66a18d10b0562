// Jest global setup: starts the Chromium the browser suites share.
import { startSharedChromium } from "./chromium-server";

export default startSharedChromium;
