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
      'make making made well good bad still even now today tonight people person',
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

/**
 * Needs read from a query, without those named only by who it is about: "my mum never leaves the house" is about
 * loneliness, not parenting, but "my kids" alone still asks for parents & families.
 */
export function needsBeyondRelations(phrases: { need: string; phrase: string }[]): Set<string> {
  const all = new Set(phrases.map((m) => m.need));
  const specific = new Set(
    phrases.filter((m) => tokenise(m.phrase).some((word) => !RELATIONS.has(word))).map((m) => m.need),
  );
  return specific.size > 0 ? specific : all;
}
