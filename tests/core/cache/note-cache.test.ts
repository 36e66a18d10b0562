// The cache text: all ASCII whatever the notes hold, read back to the same notes, and lines kept as read when asked.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import { decodeNoteCache, encodeNoteCache, type CachedNote } from "../../../src/core/cache/note-cache";
import { parseEntry } from "../../../src/core/cache/parsed-entry";
import { DEFAULT_SETTINGS } from "../../../src/core/model";

const TEXTS: Record<string, string> = {
  "Problems/Café.md": "---\ntags: [problem]\naliases: [Schön]\n---\n- Does naïve search généralise? ^q-1\n  - ¿Qué pasa? 🙂 ^q-2\n",
  "Notes/Lone.md": "A lone surrogate \ud800 and a pair \ud83d\ude00 in [[Café]].\n",
  "Notes/Plain.md": "addresses:: [[Café#^q-1]]\n",
};

function notes(): CachedNote[] {
  return Object.entries(TEXTS).map(([path, text], i) => ({
    path,
    stamp: { size: text.length, mtime: 1_700_000_000_000 + i },
    entry: parseEntry(path, text, DEFAULT_SETTINGS),
  }));
}

describe("parsed-note cache text", () => {
  it("is ASCII from end to end, even for notes with accents, emoji and lone surrogates", () => {
    const text = encodeNoteCache(notes(), DEFAULT_SETTINGS);
    expect(text).toMatch(/\\u00e9/);
    expect([...text].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
  });

  it("reads back to the notes it was made from", () => {
    const decoded = decodeNoteCache(encodeNoteCache(notes(), DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    for (const note of notes()) {
      const back = decoded.get(note.path);
      expect(back?.entry).toEqual(note.entry);
      expect(back?.stamp).toEqual(note.stamp);
      expect(back?.line).toBeUndefined();
    }
    expect(decoded.get("Problems/Café.md")?.entry.note.outline[0]?.children[0]?.text).toBe("¿Qué pasa? 🙂");
  });

  it("keeps each note's line when asked, and writes a kept line back unchanged", () => {
    const text = encodeNoteCache(notes(), DEFAULT_SETTINGS);
    const decoded = decodeNoteCache(text, DEFAULT_SETTINGS, true);
    const lines = text.split("\n");
    for (const note of decoded.values()) expect(lines).toContain(note.line);
    // A kept line is written as it is, not encoded again from the entry (here another note's, to tell them apart).
    const other = decoded.get("Problems/Café.md")!.entry;
    const swapped = [...decoded.values()].map((n) => (n.path === "Notes/Plain.md" ? { ...n, entry: other } : n));
    expect(encodeNoteCache(swapped, DEFAULT_SETTINGS)).toBe(text);
    const dropped = swapped.map((n) => ({ ...n, line: undefined }));
    expect(encodeNoteCache(dropped, DEFAULT_SETTINGS)).not.toBe(text);
  });
});
