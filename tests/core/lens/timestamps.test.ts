// A video's timestamps file and its excerpts, checked as the Lens platform checks them (cases from its own tests).
import fc from "fast-check";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { anyTimeIn, parseTimestamp, readTimestamps, readTimestampsParsed } from "../../../src/core/lens/timestamps";
import { scanCanonicalEntries } from "../../../src/core/lens/timestamps-scan";
import type { Diagnostic } from "../../../src/core/model";

const ID = "3dd47fce-a0fe-4e03-916d-a160fe697dd0";
const TRANSCRIPT = "---\ntitle: V\nchannel: C\nurl: https://youtube.com/watch?v=abc\n---\n";
const MARKED = `${TRANSCRIPT}0:00 - Welcome.\n0:30 - Today.\n1:30 - Alignment.\n2:00 - Meaning.\n5:45 - Next.\n`;
const WORDS = '[\n  { "text": "Hello", "start": "0:00.40" },\n  { "text": "world", "start": "0:01.10" }\n]\n';

const short = (d: Diagnostic): [string, number | null, string, string] => [d.file, d.line, d.severity, d.code];

describe("word timings", () => {
  it("keep the spoken words' starts in order, read once with the file's checks", () => {
    const text = '[{ "text": "b", "start": "0:02" }, { "text": " ", "start": "0:01" }, { "text": "a", "start": "0:00.5" }, { "start": "0:03" }]';
    const reading = readTimestamps("v.timestamps.json", text);
    expect([...reading.wordTimes!]).toEqual([0.5, 2]);
    expect(reading.diagnostics.map((d) => d.code)).toEqual(["timestamps-order", "timestamps-order", "timestamps-entry"]);
    expect(readTimestamps("v.timestamps.json", "{}").wordTimes).toBeNull();
    expect(readTimestamps("v.timestamps.json", "[]").wordTimes).toBeNull();
  });

  it("find a word in [from, to] exactly as a scan over every word does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (times, from, to) => {
        const sorted = Float64Array.from(times).sort();
        expect(anyTimeIn(sorted, from, to)).toBe(times.some((t) => t >= from && t <= to));
      }),
    );
  });
});

describe("the common form read without JSON.parse", () => {
  const sameAsParsed = (text: string): void => {
    const fast = readTimestamps("v.timestamps.json", text);
    const parsed = readTimestampsParsed("v.timestamps.json", text);
    expect(fast.diagnostics).toEqual(parsed.diagnostics);
    expect(fast.wordTimes === null ? null : [...fast.wordTimes]).toEqual(parsed.wordTimes === null ? null : [...parsed.wordTimes]);
  };
  const words = fc.array(
    fc.record({
      text: fc.oneof(fc.string(), fc.constantFrom(" ", "\t", "\u00a0", 'say "hi"\\', "é\n")),
      start: fc.oneof(fc.constantFrom("0:00.40", "1:02", "1:00:02", "00:07.5", "x", ""), fc.string()),
    }),
    { minLength: 1 },
  );
  const spacing = fc.constantFrom(0, 2, undefined);

  it("takes every file JSON.stringify writes of such words, reading them as JSON.parse does", () => {
    fc.assert(
      fc.property(words, spacing, fc.boolean(), (entries, indent, startFirst) => {
        const ordered = entries.map((e) => (startFirst ? { start: e.start, text: e.text } : e));
        const text = JSON.stringify(ordered, null, indent);
        const seen: [string, string][] = [];
        expect(scanCanonicalEntries(text, (_i, t, s) => seen.push([t, s]))).toBe(true);
        expect(seen).toEqual(entries.map((e) => [e.text, e.start]));
        sameAsParsed(text);
      }),
    );
  });

  it("leaves any other file to JSON.parse, with the same result", () => {
    const other = fc.oneof(
      words.map((e) => JSON.stringify(e.map((w) => ({ ...w, end: "0:01" })))),
      words.map((e) => JSON.stringify(e.map((w, i) => (i === 0 ? { start: 1.5, text: w.text } : w)))),
      words.map((e) => JSON.stringify(e).replace('"start"', '"text"')),
      words.map((e) => `\uFEFF${JSON.stringify(e)}`),
      fc.tuple(words, fc.nat()).map(([e, cut]) => JSON.stringify(e, null, 1).slice(0, cut)),
      fc.string(),
    );
    fc.assert(
      fc.property(other, (text) => {
        sameAsParsed(text);
      }),
    );
    expect(scanCanonicalEntries('[{"text": "a", "start": "0:01"}] x', () => undefined)).toBe(false);
    expect(scanCanonicalEntries('[{"text": "a\\x", "start": "0:01"}]', () => undefined)).toBe(false);
    expect(scanCanonicalEntries('[{"text": "a\tb", "start": "0:01"}]', () => undefined)).toBe(false);
  });
});

describe("parseTimestamp", () => {
  it("reads any M:SS or M:SS.ms as the platform's pattern does", () => {
    const platform = (text: string): number | null => {
      const m = /^(\d+):(\d+(?:\.\d+)?)$/.exec(text);
      return m ? Number.parseInt(m[1] ?? "", 10) * 60 + Number.parseFloat(m[2] ?? "") : null;
    };
    const piece = fc.stringMatching(/^[0-9:.x]{0,6}$/);
    fc.assert(
      fc.property(piece, (text) => {
        const expected = platform(text);
        if (expected !== null) expect(parseTimestamp(text)).toBe(expected);
        else if (text.split(":").length !== 3) expect(parseTimestamp(text)).toBeNull();
      }),
    );
  });

  it.each([
    ["1:30", 90],
    ["01:30", 90],
    ["1:30:00", 5400],
    ["0:00.40", 0.4],
    ["5:23.10", 323.1],
    ["abc", null],
    ["1:2:3:4", null],
    ["1:30:00.5", null],
    ["", null],
    ["1", null],
  ])("%s is %s seconds", (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds);
  });
});

describe("a timestamps file", () => {
  const check = (text: string): [number | null, string, string, string][] =>
    readTimestamps("video_transcripts/v.timestamps.json", text).diagnostics.map((d) => [d.line, d.severity, d.code, d.message]);

  it("that is a valid array of words has no problems", () => {
    expect(check(WORDS)).toEqual([]);
  });

  it.each([
    ["invalid JSON", '[{"text": "a", "start": "0:01"', "error", "timestamps-json", /^Invalid JSON: /],
    ["an object", '{"text": "a"}', "error", "timestamps-json", /^Timestamps file must contain a JSON array$/],
    ["an empty array", "[]", "warning", "timestamps-empty", /^Timestamps array is empty$/],
  ])("that is %s is reported on line 1", (_name, text, severity, code, message) => {
    const [problem, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(problem?.slice(0, 3)).toEqual([1, severity, code]);
    expect(problem?.[3]).toMatch(message);
  });

  it("reports each entry's problem on the line the entry starts", () => {
    const text = [
      "[",
      '  { "text": "a", "start": "0:01.00" },',
      '  { "start": "0:02.00" },',
      '  { "text": 5, "start": "0:03.00" },',
      '  { "text": "d" },',
      '  { "text": "e", "start": 4 },',
      '  { "text": "f", "start": "four" },',
      "  {",
      '    "text": "g, with \\"quotes\\" and ] [",',
      '    "start": "0:00.50"',
      "  }",
      "]",
    ].join("\n");
    expect(check(text)).toEqual([
      [3, "error", "timestamps-entry", "Entry 1: missing required field 'text'"],
      [4, "error", "timestamps-entry", "Entry 2: 'text' must be a string"],
      [5, "error", "timestamps-entry", "Entry 3: missing required field 'start'"],
      [6, "error", "timestamps-entry", "Entry 4: 'start' must be a string, got number (write it as '0:01.32')"],
      [7, "error", "timestamps-entry", "Entry 5: invalid timestamp format 'four' (use M:SS.ms, e.g. 0:01.32)"],
      [8, "warning", "timestamps-order", "Entry 6: non-monotonic timestamp '0:00.50' (previous was later)"],
    ]);
  });

  it("on one line, every entry is on that line; any array of well-formed words in order passes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.nat(5000)), { minLength: 1, maxLength: 20 }), (words) => {
        let at = 0;
        const entries = words.map(([text, step]) => {
          at += step;
          return { text, start: `${Math.floor(at / 6000)}:${((at % 6000) / 100).toFixed(2).padStart(5, "0")}` };
        });
        expect(check(JSON.stringify(entries))).toEqual([]);
        expect(check(JSON.stringify(entries.map((e) => ({ start: e.start })))).map((p) => p[0])).toEqual(entries.map(() => 1));
      }),
      { numRuns: 200 },
    );
  });
});

function vault(files: Record<string, string>): MosaicIndex {
  const index = new MosaicIndex();
  index.setNotes(Object.entries(files));
  return index;
}

const videoLens = (...fields: string[]): string => ["---", `id: ${ID}`, "---", "#### Video", "source:: [[../video_transcripts/v]]", ...fields, ""].join("\n");
const lensProblems = (index: MosaicIndex): [string, number | null, string, string][] =>
  index.diagnostics().filter((d) => d.file === "Lenses/l.md").map((d) => [d.file, d.line, d.severity, d.message]);

describe("video transcripts and their timestamps files", () => {
  it("a transcript without its timestamps file is an error, a timestamps file without its transcript a warning", () => {
    const index = vault({ "video_transcripts/v.md": TRANSCRIPT, "video_transcripts/w.timestamps.json": WORDS });
    expect(index.diagnostics().map(short)).toEqual([
      ["video_transcripts/v.md", null, "error", "missing-timestamps"],
      ["video_transcripts/w.timestamps.json", null, "warning", "orphan-timestamps"],
    ]);
    index.setNote("video_transcripts/v.timestamps.json", WORDS);
    index.renameNote("video_transcripts/w.timestamps.json", "video_transcripts/x/w.timestamps.json");
    index.setNote("video_transcripts/x/w.md", TRANSCRIPT);
    expect(index.diagnostics()).toEqual([]);
    index.deleteNote("video_transcripts/v.timestamps.json");
    expect(index.diagnostics().map(short)).toEqual([["video_transcripts/v.md", null, "error", "missing-timestamps"]]);
  });

  it("a transcript the platform ignores needs no timestamps file, and its timestamps file is no orphan", () => {
    const ignored = "---\ntags: [validator-ignore]\n---\n";
    expect(vault({ "video_transcripts/v.md": ignored, "video_transcripts/v.timestamps.json": "[]" }).diagnostics().map(short)).toEqual([
      ["video_transcripts/v.timestamps.json", 1, "warning", "timestamps-empty"],
    ]);
    expect(vault({ "video_transcripts/v.md": ignored }).diagnostics()).toEqual([]);
  });

  it("a timestamps file's diagnostics are its own, and a changed file is checked again", () => {
    const index = vault({ "video_transcripts/v.md": TRANSCRIPT, "video_transcripts/v.timestamps.json": "{" });
    expect(index.diagnosticsFor("video_transcripts/v.timestamps.json").map(short)).toEqual([["video_transcripts/v.timestamps.json", 1, "error", "timestamps-json"]]);
    index.setNote("video_transcripts/v.timestamps.json", WORDS);
    expect(index.diagnosticsFor("video_transcripts/v.timestamps.json")).toEqual([]);
    expect(index.note("video_transcripts/v.timestamps.json")).toBeUndefined();
  });
});

describe("video excerpts", () => {
  const withMarkers = (lens: string, timings = "[]"): MosaicIndex =>
    vault({ "Lenses/l.md": lens, "video_transcripts/v.md": MARKED, "video_transcripts/v.timestamps.json": timings });

  it.each([
    ["times written as markers", ["from:: 1:30", "to:: 5:45"]],
    ["0:00 as the start, with no 0:00 marker needed", ["from:: 0:00", "to:: 0:30"]],
    ["no times: the whole video", []],
    ["only a start", ["from:: 2:00"]],
  ])("%s pass", (_name, fields) => {
    expect(lensProblems(withMarkers(videoLens(...fields)))).toEqual([]);
  });

  it.each([
    ["a start not in the transcript", ["from:: 5:00", "to:: 5:45"], 6, "Start timestamp '5:00' not found in transcript"],
    ["an end not in the transcript", ["from:: 1:30", "to:: 10:00"], 7, "End timestamp '10:00' not found in transcript"],
    ["a start after the end", ["from:: 5:45", "to:: 1:30"], 7, "Start timestamp '5:45' is after end timestamp '1:30'"],
    ["a start equal to the end (nothing between)", ["from:: 1:30", "to:: 1:30"], 6, "Empty video transcript: nothing is said between 1:30 and 1:30"],
  ])("%s is an error on its line", (_name, fields, line, message) => {
    expect(lensProblems(withMarkers(videoLens(...fields)))).toEqual([["Lenses/l.md", line, "error", message]]);
  });

  it("a time the platform cannot read is one error on its line", () => {
    const index = withMarkers(videoLens("from:: 1m30", "to:: 5:45"));
    expect(lensProblems(index)).toEqual([["Lenses/l.md", 6, "error", "Invalid timestamp format in from:: field: '1m30' (expected M:SS, H:MM:SS or M:SS.ms)"]]);
  });

  it("with word timings, any times in order that hold a word pass; a transcript without markers takes only a start of 0:00", () => {
    expect(lensProblems(withMarkers(videoLens("from:: 0:01", "to:: 9:00"), WORDS))).toEqual([]);
    expect(lensProblems(withMarkers(videoLens("from:: 4:00", "to:: 9:00"), WORDS))).toEqual([
      ["Lenses/l.md", 6, "error", "Empty video transcript: nothing is said between 4:00 and 9:00"],
    ]);
    expect(lensProblems(withMarkers(videoLens("from:: 9:00", "to:: 4:00"), WORDS)).map((p) => p[3])).toEqual([
      "Start timestamp '9:00' is after end timestamp '4:00'",
    ]);
    const prose = vault({ "Lenses/l.md": videoLens("from:: 0:30"), "video_transcripts/v.md": `${TRANSCRIPT}Just prose.\n`, "video_transcripts/v.timestamps.json": "[]" });
    expect(lensProblems(prose)).toEqual([["Lenses/l.md", 6, "error", "Start timestamp '0:30' not found in transcript (transcript has no timestamp markers)"]]);
    const start = vault({ "Lenses/l.md": videoLens("to:: 4:00"), "video_transcripts/v.md": `${TRANSCRIPT}Just prose.\n`, "video_transcripts/v.timestamps.json": "[]" });
    expect(lensProblems(start)).toEqual([]);
  });
});
