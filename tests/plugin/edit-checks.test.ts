// After an edit, the vault-wide Lens checks are worked out in slices before the views hear of the change: the first
// sidebar render after it reads them, instead of doing them all at once (a long block on a big course vault).
/* global afterEach, describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import { exampleFiles, loadPlugin, until, type Loaded } from "./plugin-harness";

const MODULE = "modules/fundamental-difficulties.md";

/** Whether the index's Lens checks are those of its current revision (worked out, not yet to be done). */
function lensChecksReady(loaded: Loaded): boolean {
  const index = loaded.plugin.index as unknown as { revision: number; checks: { lens: { rev: number } | null } };
  const revision = index.revision;
  return index.checks.lens?.rev === revision;
}

let loaded: Loaded | null = null;
afterEach(() => loaded?.fake.unload());

describe("an edit in a course vault", () => {
  it("reaches the views with the Lens checks already worked out, and they include the edit", async () => {
    loaded = await loadPlugin(exampleFiles());
    const current = loaded;
    const seen: boolean[] = [];
    const stop = current.plugin.onIndexChanged(() => seen.push(lensChecksReady(current)));
    const file = current.app.vault.getFileByPath(MODULE);
    if (!file) throw new Error(`missing ${MODULE}`);
    // A source:: field naming no note: a Lens check across notes finds it.
    await current.app.vault.modify(file, `${current.app.vault.text__(MODULE) ?? ""}\n# Lens: Added\nsource:: [[No such lens]]\n`);
    // Waits without asking for diagnostics (which would work the checks out itself).
    const edited = (): boolean => current.plugin.index.note(MODULE)?.sections.some((s) => s.title === "Added") === true;
    await until(() => edited() && seen.length > 0);
    stop();
    expect(seen.every(Boolean)).toBe(true);
    expect(current.plugin.index.diagnosticsFor(MODULE).some((d) => d.message.includes("No such lens"))).toBe(true);
  });
});
