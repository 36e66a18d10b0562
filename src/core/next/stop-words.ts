// English words too common to say what a question is about: function words, question phrasing and vague fillers.

const FUNCTION_WORDS =
  "a about above after again against all also am an and another any anybody anyone anything are around as at be " +
  "because been before being below between both but by can cannot could did do does doing done down during each " +
  "either else enough etc even ever every for from further had has have having he her here hers herself him " +
  "himself his how however i if in into is it its itself just least less let like may me might mine more most " +
  "much must my myself neither no nor not now of off often on once one only onto or other others otherwise our " +
  "ours ourselves out over own per perhaps quite rather really same shall she should since so some somehow " +
  "someone something sometimes somewhat still such than that the their theirs them themselves then there " +
  "therefore these they thing things this those though through thus to too toward towards under until up upon " +
  "us very via was way ways we well were what whatever when whenever where whether which while who whoever " +
  "whom whose why will with within without would yes yet you your yours yourself yourselves";

// Words that phrase a question rather than name its subject ("How can we become able to...", "What's the deal with...").
const QUESTION_PHRASING =
  "able actually allow allows already always become becomes becoming certain deal eg example get gets getting " +
  "given go goes going ie kind kinds know lot lots make makes making many maybe mean means need needs new " +
  "look looks put right say says see seem seems several sort sorts take takes tell try use used uses using want wants " +
  "work works";

/** Lower-case words that never match: they would link any question to any source. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${QUESTION_PHRASING}`.split(" "));
