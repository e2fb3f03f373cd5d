import type { NeedEvidence, Service } from '../directory/service';
import { createPhraseMatcher } from './create-phrase-matcher';
import { leadEnd } from './lead';
import { needVocabulary } from './need-vocabulary';

type Field = NeedEvidence['field'];
type TextField = Exclude<Field, 'taxonomy'>;

/** What a matched phrase means for one need. */
interface KeywordValue {
  need: number;
  kind: 'strong' | 'weak' | 'exclude';
  /** The vocabulary phrase, so "Meals" and "meals" (or "walks" for `walk*`) count as one weak word. */
  phrase: string;
}

/**
 * Points per field for a strong and for a weak keyword. A need is kept at THRESHOLD or more, so one strong hit
 * anywhere counts, a weak hit in the name needs one more clue, and a description needs two different weak words.
 */
const POINTS: Record<TextField, { strong: number; weak: number }> = {
  name: { strong: 6, weak: 4 },
  audiences: { strong: 6, weak: 3 },
  organisation: { strong: 6, weak: 2 },
  description: { strong: 6, weak: 3 },
};
// Some records tick every audience box; such a list alone is not enough to show a service for each of them.
const CATCH_ALL_AUDIENCES = 5;
const CATCH_ALL_POINTS = { strong: 3, weak: 2 };
const TAXONOMY_POINTS = 6;
const DESCRIPTION_STRONG_FIRST = 4;
const DESCRIPTION_STRONG_MORE = 2;
/** A description line this short that holds a strong phrase is a list item or heading: it counts in full. */
const LISTED_LINE_WORDS = 4;
const THRESHOLD = 6;
const FIELD_ORDER: Field[] = ['taxonomy', 'name', 'audiences', 'organisation', 'description'];
const OLDER_FROM_AGE = 50;
const YOUNG = { from: 11, to: 25 };
const NEED_IDS = needVocabulary.map((need) => need.id);
const OLDER_PEOPLE = NEED_IDS.indexOf('older-people');
const YOUNG_PEOPLE = NEED_IDS.indexOf('young-people');

let keywordMatcher: ReturnType<typeof createPhraseMatcher<KeywordValue>> | undefined;

/** Built on first use, not as the module loads (the side panel imports this module but rarely calls it at open). */
function matchKeywords(text: string) {
  keywordMatcher ??= createPhraseMatcher<KeywordValue>(
    needVocabulary.flatMap((need, index) => [
      ...need.keywords.map((phrase) => [phrase, { need: index, kind: 'strong', phrase }] as const),
      ...(need.weakKeywords ?? []).map((phrase) => [phrase, { need: index, kind: 'weak', phrase }] as const),
      ...(need.exclude ?? []).map((phrase) => [phrase, { need: index, kind: 'exclude', phrase }] as const),
    ]),
  );
  return keywordMatcher(text);
}

const needsByCode = new Map<string, number[]>();
needVocabulary.forEach((need, index) => {
  for (const code of need.esd) needsByCode.set(code, [...(needsByCode.get(code) ?? []), index]);
});

const ESD_CODE = /^(?:https?:\/\/id\.esd\.org\.uk\/(service|need)\/|esd(servicetype|need)s?:)(\d+)$/i;

/** Feeds write esd codes as CURIEs, plural CURIEs or URIs: all become `esdServiceType:298` / `esdNeed:69`. */
function canonicalCode(code: string): string {
  const m = ESD_CODE.exec(code.trim());
  if (!m) return code.trim();
  const isNeed = (m[1] ?? m[2] ?? '').toLowerCase() === 'need';
  return `${isNeed ? 'esdNeed' : 'esdServiceType'}:${m[3]}`;
}

interface FieldTally {
  /** The first strong match as written, else the first weak one. */
  term: string;
  strong: Set<string>;
  /**
   * A strong phrase opens the description or is a line of its own (a list item, a heading): what the service is or
   * offers, not a mention.
   */
  listed?: boolean;
}

interface NeedTally {
  fields: Map<Field, FieldTally>;
  /** Distinct weak phrases and the most points any field gave each. */
  weak: Map<string, number>;
}

type Tally = Map<number, NeedTally>;

/** Notes that `term` (as written in `field`) matched `phrase`, a strong or weak phrase of the need. */
function record(
  tally: Tally,
  need: number,
  field: Field,
  term: string,
  phrase: string,
  strong: boolean,
  points = 0,
  listed = false,
) {
  const entry = tally.get(need) ?? { fields: new Map<Field, FieldTally>(), weak: new Map<string, number>() };
  tally.set(need, entry);
  const fieldTally = entry.fields.get(field) ?? { term, strong: new Set<string>() };
  entry.fields.set(field, fieldTally);
  if (strong && fieldTally.strong.size === 0) fieldTally.term = term;
  if (strong && listed) fieldTally.listed = true;
  if (strong) fieldTally.strong.add(phrase);
  else entry.weak.set(phrase, Math.max(entry.weak.get(phrase) ?? 0, points));
}

function scanText(tally: Tally, field: TextField, text: string | undefined, catchAll: boolean, lead?: Tally): void {
  if (!text) return;
  const points = field === 'audiences' && catchAll ? CATCH_ALL_POINTS : POINTS[field];
  const opening = field === 'description' ? leadEnd(text) : 0;
  for (const hit of matchKeywords(text)) {
    const term = text.slice(hit.start, hit.end);
    const listed =
      field === 'description' &&
      hit.values.some((v) => v.kind === 'strong') &&
      (hit.start < opening || isOwnLine(text, hit.start, hit.end));
    for (const value of hit.values) {
      if (value.kind === 'exclude') continue;
      record(tally, value.need, field, term, value.phrase, value.kind === 'strong', points.weak, listed);
      // The opening sentence is also tallied on its own: the needs it evidences alone are what the service is.
      if (lead && hit.end <= opening) {
        record(lead, value.need, field, term, value.phrase, value.kind === 'strong', points.weak, true);
      }
    }
  }
}

/** Whether text[start, end) is most of its line ("Quit smoking" in a list of what a service offers). */
function isOwnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const found = text.indexOf('\n', end);
  const lineEnd = found < 0 ? text.length : found;
  // Counts the line's words, stopping as soon as there are too many: most lines are long paragraphs.
  let words = 0;
  let inWord = false;
  for (let i = lineStart; i < lineEnd; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > LISTED_LINE_WORDS) return false;
    inWord = !space;
  }
  return true;
}

/**
 * Strong words score per field they appear in; weak words score once each however many fields repeat them (a
 * name that is also the organisation name is one clue, not two), capped so they never outrank strong evidence.
 */
function score(entry: NeedTally, catchAll: boolean): number {
  let total = 0;
  for (const [field, fieldTally] of entry.fields) {
    const count = fieldTally.strong.size;
    if (count === 0) continue;
    if (field === 'taxonomy') total += TAXONOMY_POINTS;
    else if (field === 'audiences' && catchAll) total += CATCH_ALL_POINTS.strong;
    // One strong word after a description's opening sentence is often a passing mention ("…we also signpost to debt
    // advice"): it needs a second strong word, or a weak one, to count. In the opening, a list line or any other
    // field, it is enough.
    else if (field === 'description' && !fieldTally.listed) {
      total += DESCRIPTION_STRONG_FIRST + DESCRIPTION_STRONG_MORE * Math.min(count - 1, 2);
    } else total += POINTS[field].strong + (field === 'description' ? Math.min(count - 1, 2) : 0);
  }
  let weak = 0;
  for (const points of entry.weak.values()) weak += points;
  return total + Math.min(weak, THRESHOLD);
}

function ageRange(min?: number, max?: number): string {
  if (max === undefined) return `aged ${min}+`;
  return `aged ${min ?? 0}–${max}`;
}

/**
 * Which needs a service meets, and why. Taxonomy codes from the vocabulary's esd lists count directly; otherwise
 * keywords are matched in the name, audiences, organisation and description and scored (see POINTS), because a
 * service shown for the wrong need costs more trust than a missed one. Needs come strongest first, with at most
 * one evidence entry per need and field.
 */
export function inferNeeds(
  service: Pick<Service, 'name' | 'organisation' | 'description' | 'eligibility' | 'taxonomy'>,
): {
  needs: string[];
  evidence: NeedEvidence[];
} {
  const tally: Tally = new Map();
  for (const code of service.taxonomy) {
    const canonical = canonicalCode(code);
    for (const need of needsByCode.get(canonical) ?? []) record(tally, need, 'taxonomy', code, canonical, true);
  }
  const catchAll = service.eligibility.audiences.length >= CATCH_ALL_AUDIENCES;
  scanText(tally, 'name', service.name, catchAll);
  scanText(tally, 'audiences', service.eligibility.audiences.join('\n'), catchAll);
  scanText(tally, 'organisation', service.organisation, catchAll);
  const lead: Tally = new Map();
  scanText(tally, 'description', service.description, catchAll, lead);
  const opening = new Set([...lead].filter(([, entry]) => score(entry, catchAll) >= THRESHOLD).map(([need]) => need));

  const { minAge, maxAge } = service.eligibility;
  if (minAge !== undefined && minAge >= OLDER_FROM_AGE) {
    record(tally, OLDER_PEOPLE, 'audiences', ageRange(minAge), 'minAge', true);
  } else if (minAge !== undefined && maxAge !== undefined && minAge >= YOUNG.from && maxAge <= YOUNG.to) {
    record(tally, YOUNG_PEOPLE, 'audiences', ageRange(minAge, maxAge), 'age range', true);
  }

  const scored: { need: number; score: number; fields: Map<Field, FieldTally> }[] = [];
  for (const [need, entry] of tally) {
    const points = score(entry, catchAll);
    if (points >= THRESHOLD) scored.push({ need, score: points, fields: entry.fields });
  }
  scored.sort((a, b) => b.score - a.score || a.need - b.need);

  const evidence: NeedEvidence[] = [];
  for (const { need, fields } of scored) {
    for (const field of FIELD_ORDER) {
      const entry = fields.get(field);
      if (!entry) continue;
      // Keys in this order (need, field, term, opening, clue): the stored JSON is written in it.
      const found: NeedEvidence = { need: NEED_IDS[need] as string, field, term: entry.term };
      if (field === 'description' && opening.has(need)) found.opening = true;
      if (entry.strong.size === 0) found.clue = true;
      evidence.push(found);
    }
  }
  return { needs: scored.map(({ need }) => NEED_IDS[need] as string), evidence };
}
