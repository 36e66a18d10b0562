// Jest global teardown: closes the shared Chromium.
import { stopSharedChromium } from "./chromium-server";

export default stopSharedChromium;
