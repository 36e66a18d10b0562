// Builds the CLI bundle (a fraction of a second) and runs it with the given arguments: `npm run mosaic -- tree DIR`.
import { spawnSync } from "node:child_process";
import { buildCli } from "../esbuild.config.mjs";

await buildCli();
const result = spawnSync(process.execPath, ["dist/mosaic.js", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
