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
