import { createPhraseMatcher } from './create-phrase-matcher';
import { needVocabulary } from './need-vocabulary';

interface PhraseValue {
  need: string;
  /** An excluding phrase only uses up its words ("benefits of exercise" is not about welfare benefits). */
  exclude: boolean;
}

// Lay words, service keywords and weak keywords all name a need when someone types them; exclusions still apply.
const matchPhrases = createPhraseMatcher<PhraseValue>(
  needVocabulary.flatMap((need) => [
    ...[...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? [])].map(
      (phrase) => [phrase, { need: need.id, exclude: false }] as const,
    ),
    ...(need.exclude ?? []).map((phrase) => [phrase, { need: need.id, exclude: true }] as const),
  ]),
);

/**
 * Needs whose synonyms/keywords appear in free text (a search box, a consultation note), each with the phrase as
 * written. Matching is exact but ignores case, apostrophes and accents ("cant" = "can't"); typos are left to the
 * search engine. Where phrases overlap the longest wins, so "lost my wife" is bereavement, not a stray "wife". One
 * phrase can name several needs: "can't pay rent" is both debt and housing (arrears put the tenancy at risk).
 * Each need is listed once, with its longest phrase, in the order the needs first appear in the text.
 */
export function matchNeedPhrases(text: string): { need: string; phrase: string }[] {
  const found = new Map<string, { phrase: string; at: number }>();
  for (const hit of matchPhrases(text)) {
    const phrase = text.slice(hit.start, hit.end);
    for (const { need, exclude } of hit.values) {
      if (exclude) continue;
      const seen = found.get(need);
      if (!seen) found.set(need, { phrase, at: hit.start });
      else if (phrase.length > seen.phrase.length) seen.phrase = phrase;
    }
  }
  return [...found].sort((a, b) => a[1].at - b[1].at).map(([need, { phrase }]) => ({ need, phrase }));
}
