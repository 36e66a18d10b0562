// A real-shaped Lens course vault of any size: a course with meetings, modules with learning outcomes (and some with
// lenses directly, as 27 of 58 real modules have), lenses with text, article and video segments, articles and videos.
export interface CourseShape {
  modules: number;
  outcomesPerModule: number;
  lensesPerOutcome: number;
  /** Every `directEvery`-th module (1-based) has lenses directly instead of outcomes; 0: none. */
  directEvery: number;
}

export const COURSE_PATH = "courses/course.md";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const modulePath = (m: number): string => `modules/module-${m}.md`;
export const outcomePath = (m: number, o: number): string => `Learning Outcomes/Outcome ${m}.${o}.md`;
export const lensPath = (m: number, o: number, l: number): string => `Lenses/Lens ${m}.${o}.${l}.md`;
export const articlePath = (m: number, o: number, l: number): string => `articles/article-${m}-${o}-${l}.md`;
export const videoPath = (m: number): string => `video_transcripts/video-${m}.md`;

function sentence(m: number, o: number): string {
  return (
    `Explain, in your own words and with an example of your own, why the argument of part ${m}.${o} holds for ` +
    "systems trained by gradient descent, where it breaks down, and what a careful reader should check before " +
    "accepting it; then compare it with the strongest objection you have read so far."
  );
}

function lensNote(m: number, o: number, l: number, n: number): string {
  return [
    "---",
    `id: ${id(n)}`,
    `title: Lens ${m}.${o}.${l}`,
    "---",
    "#### Text",
    "content::",
    `Before reading, think about part ${m}.${o}: what would change your mind?`,
    "",
    "#### Article",
    `source:: [[../articles/article-${m}-${o}-${l}]]`,
    'from:: "The first claim"',
    'to:: "the last claim."',
    "",
    "#### Video",
    "optional:: true",
    `source:: [[../video_transcripts/video-${m}]]`,
    "",
    "#### Chat",
    "instructions::",
    "Ask the student which claim they found weakest, and why.",
    "",
  ].join("\n");
}

export function lensCourse(shape: CourseShape): Record<string, string> {
  const files: Record<string, string> = {};
  let n = 1;
  const course = ["---", `id: ${id(n++)}`, "slug: course", "title: A course of many modules", "---", ""];
  for (let m = 1; m <= shape.modules; m++) {
    if (m % 2 === 1) course.push(`# Meeting: Week ${(m + 1) / 2}`, "");
    course.push(`# Module: [[../modules/module-${m}]]`, "");
    const direct = shape.directEvery > 0 && m % shape.directEvery === 0;
    const moduleLines = ["---", `id: ${id(n++)}`, `slug: module-${m}`, `title: Module ${m}`, "---"];
    for (let o = 1; o <= shape.outcomesPerModule; o++) {
      if (direct) {
        moduleLines.push("# Lens:", `source:: ![[../Lenses/Lens ${m}.${o}.1]]`, "");
      } else {
        moduleLines.push("# Learning Outcome:", ...(o % 4 === 0 ? ["optional:: true"] : []), `source:: ![[../Learning Outcomes/Outcome ${m}.${o}]]`, "");
        const outcome = ["---", `id: ${id(n++)}`, `learning-outcome: ${sentence(m, o)}`, "---", "## Test:", "", ""];
        for (let l = 1; l <= shape.lensesPerOutcome; l++) outcome.push("## Lens:", `source:: ![[../Lenses/Lens ${m}.${o}.${l}]]`, "");
        files[outcomePath(m, o)] = outcome.join("\n");
      }
      const lenses = direct ? 1 : shape.lensesPerOutcome;
      for (let l = 1; l <= lenses; l++) {
        files[lensPath(m, o, l)] = lensNote(m, o, l, n++);
        files[articlePath(m, o, l)] = `---\ntitle: Article ${m}.${o}.${l}\nauthor: A. Writer\nsource_url: https://example.org/${m}/${o}/${l}\npublished: 2024-01-01\n---\nThe first claim. The middle. And the last claim.\n`;
      }
    }
    if (direct) moduleLines.push("# Lens: Closing words", `id:: ${id(n++)}`, "", "#### Text", "content::", `That is the end of module ${m}.`, "");
    files[modulePath(m)] = moduleLines.join("\n");
    files[videoPath(m)] = `---\ntitle: Video ${m}\nchannel: A channel\nurl: https://example.org/v/${m}\n---\n0:00 - Hello.\n`;
  }
  files[COURSE_PATH] = course.join("\n");
  return files;
}
