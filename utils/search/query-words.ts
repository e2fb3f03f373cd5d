import { matchAllNeedPhrases, matchSafetyTopics } from '../needs/match-need-phrases';
import { replacesNeed } from './read-safety';
import { tokenise } from './tokenise';

/**
 * Words people use around a need when they talk ("I really can't cope any more", "need some help"), which say
 * little about which service fits. They still match, with a small weight, and barely count against a service that
 * lacks them. Kept apart from the tokeniser's stopwords, which are never indexed at all.
 */
const FILLER = new Set(
  tokenise(
    'help helping support supporting service services feel feeling feels felt need needs needed want wants wanted ' +
      'get getting got go going keep keeps kept always never any anymore really lot much bit thing things someone ' +
      'anyone something anything everything time times since last week weeks month months year years day days ' +
      'think thought know like just dont cant wont im ive id doesnt didnt isnt arent couldnt shouldnt ' +
      'make making made well good bad still even now today tonight people person until till unless while whilst',
  ),
);

/** How much a query word counts: 1, or a fraction for conversational filler. */
export function queryWordWeight(token: string): number {
  return FILLER.has(token) ? 0.25 : 1;
}

/** Query words inside the phrases that named a need: a service meeting that need has, in effect, matched them. */
export function wordsExplainedByNeeds(phrases: string[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => tokenise(phrase)));
}

/** Words that say who a need is about ("my mum", "my son"), and name parents & families only when nothing else is named. */
const RELATIONS = new Set(
  tokenise(
    'mum mums mom dad dads mother father son daughter kid kids child children family families parent parents baby ' +
      'nan gran grandad husband wife partner brother sister',
  ),
);

const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'the', 'a', 'an']);

/**
 * Needs read from a query, without those named only by who it is about: "my mum never leaves the house" is about
 * loneliness, not parenting, but "my kids" alone still asks for parents & families — unless something else was
 * read (`concern`: a safeguarding concern, "safeguarding children").
 */
export function needsBeyondRelations(phrases: { need: string; phrase: string }[], concern = false): Set<string> {
  const all = new Set(phrases.map((m) => m.need));
  // Read from the phrase's own words, not its index words: "just had a baby" says more than "my baby".
  const says = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .some((word) => {
        if (word === '' || POSSESSIVES.has(word)) return false;
        const indexed = tokenise(word);
        // A stopword ("had") still says more than a relation; "mum's" is only a relation.
        return indexed.length === 0 || indexed.some((token) => !RELATIONS.has(token));
      });
  const specific = new Set(phrases.filter((m) => says(m.phrase)).map((m) => m.need));
  return specific.size > 0 || concern ? specific : all;
}

/**
 * Words that say someone is having a hard time without saying what about ("struggling", "can't cope"). They name
 * mental wellbeing on their own, but beside a specific need ("living with COPD and struggling") they are about
 * that need, and count only a little.
 */
const GENERIC = new Set(
  tokenise(
    'struggling struggle struggles cope coping not cant worried worries worry stress stressed overwhelmed exhausted ' +
      'bored help support',
  ),
);

/**
 * How much each need read from a query counts: 1, or `generic` for one named only by generic words beside others.
 * Beside a safeguarding concern (`concern`), a need named only by generic words ("worried about a child's safety")
 * or by who it is about is not read at all: the concern's own services answer it.
 */
export function needWeights(
  phrases: { need: string; phrase: string }[],
  generic: number,
  concern = false,
): Map<string, number> {
  const needs = needsBeyondRelations(phrases, concern);
  const isGeneric = (need: string) =>
    phrases.filter((m) => m.need === need).every((m) => tokenise(m.phrase).every((word) => GENERIC.has(word)));
  const specific = [...needs].filter((need) => !isGeneric(need));
  if (concern) return new Map(specific.map((need) => [need, 1]));
  return new Map([...needs].map((need) => [need, specific.length > 0 && isGeneric(need) ? generic : 1]));
}

/**
 * Who a service is for, in the words people use and the words listings use: "blokes" are "men" and "male", a
 * "teenager" is "young people" or "youth". A query word also matches its related words, a little less strongly.
 */
const RELATED: [string[], string[]][] = [
  [
    ['men', 'man', 'bloke', 'blokes', 'male', 'lads', 'gentlemen'],
    ['men', 'man', 'male', 'gentlemen'],
  ],
  [
    ['women', 'woman', 'female', 'ladies', 'lady'],
    ['women', 'woman', 'female', 'ladies'],
  ],
  [
    ['teenager', 'teenagers', 'teen', 'teens', 'teenage', 'adolescent'],
    ['teenager', 'teen', 'teenage', 'young', 'youth', 'adolescent'],
  ],
  [
    ['kid', 'kids', 'child', 'children', 'childrens'],
    ['child', 'children', 'childrens', 'kid', 'family'],
  ],
  [
    ['elderly', 'pensioner', 'pensioners', 'oap', 'nan', 'gran', 'grandad', 'grandma', 'grandpa'],
    ['older', 'elderly', 'pensioner', 'later'],
  ],
  [
    ['baby', 'babies', 'newborn', 'toddler', 'toddlers'],
    ['baby', 'parent', 'infant', 'toddler', 'under'],
  ],
  [
    ['blind', 'sight', 'eyesight', 'vision', 'macular', 'glaucoma', 'cataract', 'cataracts'],
    ['sight', 'blind', 'visually', 'visual', 'vision'],
  ],
  [
    ['deaf', 'hearing'],
    ['deaf', 'hearing'],
  ],
  [
    ['overweight', 'obese', 'weight'],
    ['weight', 'overweight', 'obesity', 'healthy'],
  ],
];
const related = new Map<string, string[]>();
for (const [from, to] of RELATED) {
  const targets = [...new Set(to.flatMap((word) => tokenise(word)))];
  for (const word of from.flatMap((w) => tokenise(w)))
    related.set(
      word,
      targets.filter((target) => target !== word),
    );
}

const TEENAGE = tokenise('teenager teen teenage young youth');
const OLDER = tokenise('older elderly later');

/** The need an age names: 11–19 young people, 65–110 older people. */
export function ageNeed(token: string): string | undefined {
  if (!/^\d{2,3}$/.test(token)) return undefined;
  const age = Number(token);
  if (age >= 11 && age <= 19) return 'young-people';
  if (age >= 65 && age <= 110) return 'older-people';
  return undefined;
}

/** Words a query word stands for besides itself ("bloke" → men, male; an age of 13 → teenager, young). */
export function relatedWords(token: string): string[] {
  if (/^\d{2,3}$/.test(token)) {
    const age = Number(token);
    if (age >= 11 && age <= 19) return TEENAGE;
    if (age >= 65 && age <= 110) return OLDER;
  }
  return related.get(token) ?? [];
}

/**
 * The query as typed with its misspelt words swapped for their corrections, everything else kept: "addicted to
 * onlin slots" → "addicted to online slots". Phrases are read from this text, so stopwords and word forms must stay
 * (joining the index words, "addicted online slot", would read drugs and getting online instead of gambling).
 */
export function correctText(query: string, corrections: { from: string; to: string }[]): string {
  if (corrections.length === 0) return query;
  return query.replace(/[^\s.,;:!?()"/-]+/g, (word) => {
    const token = tokenise(word)[0];
    return corrections.find((c) => c.from === token)?.to ?? word;
  });
}

/**
 * The needs a query asks for, each with its weight, and the query words their phrases explain. Read from the words
 * as typed and as corrected: a phrase read in full from the corrected query ("wieght loss" → "weight loss") outranks
 * a piece of it as typed ("loss"). A safeguarding concern is not a parenting need: its topic's own services answer
 * it (`safetyServiceWords`), and the words of the disclosure are explained by them.
 */
export function readQueryNeeds(
  query: string,
  corrected: string,
  generic: number,
): { readWeights: Map<string, number>; explained: Set<string> } {
  // As corrected, and without possessives ("young people's mental health" is about young people), then as typed.
  const read = [corrected, corrected.replace(/([a-z])['\u2019]s\b/gi, '$1')].flatMap((text) =>
    matchAllNeedPhrases(text),
  );
  const phrases = [
    ...matchAllNeedPhrases(query).filter(
      (m) => !read.some((c) => c.phrase.length > m.phrase.length && c.phrase.includes(m.phrase)),
    ),
    ...read,
  ];
  // An age says who the need is about: 11–19 young people, 65–110 older people ("I'm 15 and feel rubbish").
  for (const token of tokenise(corrected)) {
    const need = ageNeed(token);
    if (need) phrases.push({ need, phrase: token });
  }
  const concerns = phrases.filter((m) => replacesNeed(matchSafetyTopics(m.phrase)));
  const readWeights = needWeights(
    phrases.filter((m) => !concerns.includes(m)),
    generic,
    concerns.length > 0,
  );
  return { readWeights, explained: wordsExplainedByNeeds(phrases.map((m) => m.phrase)) };
}
