/** How a clause speaks of a need it names: as present, as only possible, or as absent (or past). */
export type Mention = 'affirmed' | 'hedged' | 'negated';

// Words that deny what follows them in the clause: "denies alcohol", "never smoked", "not lonely".
const DENIAL_BEFORE =
  /\b(?:denies|denied|deny|denying|never|nil|negative for|free (?:of|from)|ruled out|declines?|declined|no longer|ex|former(?:ly)?|previously|used to|no (?:evidence|history|signs?|symptoms?|concerns?|issues?|problems?|worries|mention|reports?) (?:of|about|re|regarding|with|around|for))\b/i;
// "Not" denies only the words right after it: "not lonely", but not "has not fixed the damp".
const NOT_BEFORE = /\b(?:not|isn'?t|wasn'?t|doesn'?t|didn'?t|does not|did not|has not|hasn'?t)\s+(?:\S+\s+){0,1}$/i;
// "Not" before a verb of coping names the need rather than denying it: "not coping", "not managing".
const NOT_A_DENIAL =
  /\b(?:not|isn'?t|wasn'?t|doesn'?t|didn'?t|does not|did not|has not|hasn'?t) (?:coping|managing|able|eating|sleeping|going|getting|working|paying|affording|attending|leaving|taking|have|had|got|enough|well|safe)\b/i;
// A bare "no" or "without" just before the need's words: "no domestic abuse", "without heating".
const BARE_NO = /\b(?:no|without|nil|none)\s+(?:\S+\s+){0,1}$/i;
// After the need's words: "abuse not disclosed", "alcohol: nil", "housing: no problems", "(resolved)".
const DENIAL_AFTER =
  /^[\s\w'·|-]{0,30}?(?::\s*(?:nil|none|no|never|negative|n\/a|not)\b|\b(?:denied|not (?:disclosed|reported|present|an issue|a concern|a problem|identified|raised)|ruled out|resolved|none|nil)\b|\s*[-–]\s*(?:nil|none|no)\b)/i;
// What makes a bare "no" a denial: a word about concerns or reports follows in the clause.
const CONCERN_AFTER =
  /^[^.]*\b(?:concerns?|issues?|problems?|worries|difficult(?:y|ies)|disclosed|reported|identified|raised|noted)\b/i;
// Hedges: "?lonely", "query depression", "possible", "suspected".
const HEDGE_BEFORE =
  /(?:\?\s*|\b(?:query|possible|possibly|probable|probably|suspected|suspect|maybe|perhaps|might|may|could|likely|borderline|consider|risk of|at risk of)\s+(?:\S+\s+){0,2})$/i;
const HEDGE_AFTER = /^\s*\?/;

/**
 * Needs that a bare "no" names rather than denies: "no transport", "no food in the house", "no heating". For
 * these, "no" denies only with a word about concerns after it ("no housing problems").
 */
const LACKS = new Set([
  'food',
  'transport',
  'fuel-poverty',
  'digital-inclusion',
  'employment',
  'benefits',
  'homelessness',
  'housing',
  'learning-skills',
]);

// A denial reaches over a comma only in a list of worries ("no debt, housing or benefit problems").
function scopeBefore(before: string, after: string): string {
  const comma = before.lastIndexOf(',');
  if (comma < 0 || CONCERN_AFTER.test(after)) return before;
  return before.slice(comma + 1);
}

/**
 * How `clause` speaks of the need whose words sit at [start, end): negated (denied, absent, past), hedged
 * (queried, possible) or affirmed. `clause` is one clause: the caller splits sentences at "but", "however"…
 */
export function mentionOf(clause: string, start: number, end: number, need: string): Mention {
  const after = clause.slice(end);
  const before = scopeBefore(clause.slice(0, start), after);
  const window = before.split(/\s+/).slice(-7).join(' ');
  if (DENIAL_BEFORE.test(window)) return 'negated';
  if (NOT_BEFORE.test(before) && !NOT_A_DENIAL.test(window)) return 'negated';
  if (BARE_NO.test(before) && (!LACKS.has(need) || CONCERN_AFTER.test(after))) return 'negated';
  if (DENIAL_AFTER.test(after)) return 'negated';
  if (HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after)) return 'hedged';
  return 'affirmed';
}
