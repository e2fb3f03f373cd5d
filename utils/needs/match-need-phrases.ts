import { createLazyPhraseMatcher } from './create-phrase-matcher';
import { needVocabulary } from './need-vocabulary';
import { type SafetyTopicId, safetyTopics } from './vocabulary-safety';

interface PhraseValue {
  need: string;
  /** An excluding phrase only uses up its words ("benefits of exercise" is not about welfare benefits). */
  exclude: boolean;
  /** The safety topic this phrase discloses, if any ("kill myself"). */
  safety?: SafetyTopicId;
}

const topicPhrases = new Map(safetyTopics.map((topic) => [topic.id, new Set(topic.phrases)]));
const topicPrefixes = new Map(
  safetyTopics.map((topic) => [topic.id, topic.phrases.filter((p) => /^[^ ]+\*$/.test(p)).map((p) => p.slice(0, -1))]),
);

/**
 * Which topic a phrase of a need points at: every phrase of a whole-need topic, else the topic's own phrases — also
 * a one-word phrase its prefix covers, since the need's exact "suicidal" wins over the topic's "suicid*".
 */
function safetyOf(need: string, phrase: string): SafetyTopicId | undefined {
  const covered = (id: SafetyTopicId) =>
    topicPhrases.get(id)?.has(phrase) ||
    (!phrase.includes(' ') && topicPrefixes.get(id)?.some((prefix) => phrase.startsWith(prefix)));
  return safetyTopics.find((topic) => topic.need === need && (topic.wholeNeed || covered(topic.id)))?.id;
}

let matcher: ReturnType<typeof createLazyPhraseMatcher<PhraseValue>> | undefined;

/**
 * Lay words, service keywords and weak keywords all name a need when someone types them; exclusions still apply.
 * Built on first use, not as the module loads; a phrase's value (its need, and the safety topic it discloses) is
 * worked out only when a text meets the phrase's first word.
 */
function matchPhrases(text: string) {
  if (!matcher) {
    const phrases: string[] = [];
    const owners: { need: string; exclude: boolean }[] = [];
    for (const need of needVocabulary) {
      const plain = { need: need.id, exclude: false };
      const excluding = { need: need.id, exclude: true };
      for (const phrase of [...need.synonyms, ...need.keywords, ...(need.weakKeywords ?? [])]) {
        phrases.push(phrase);
        owners.push(plain);
      }
      for (const phrase of need.exclude ?? []) {
        phrases.push(phrase);
        owners.push(excluding);
      }
    }
    matcher = createLazyPhraseMatcher<PhraseValue>(phrases, (index) => {
      const { need, exclude } = owners[index] as { need: string; exclude: boolean };
      return exclude ? { need, exclude } : { need, exclude, safety: safetyOf(need, phrases[index] as string) };
    });
  }
  return matcher(text);
}

/**
 * Every need phrase in free text, in the order found, with each need as often as its phrases: for the search box,
 * which must know that "my son has ADHD" names parents & families by "ADHD", not only by "my son".
 */
export function matchAllNeedPhrases(text: string): { need: string; phrase: string }[] {
  const all: { need: string; phrase: string }[] = [];
  for (const hit of matchPhrases(text)) {
    const phrase = text.slice(hit.start, hit.end);
    for (const { need, exclude } of hit.values) if (!exclude) all.push({ need, phrase });
  }
  return all;
}

/**
 * Needs whose synonyms/keywords appear in free text (a search box, a consultation note), each with the phrase as
 * written. Matching is exact but ignores case, apostrophes and accents ("cant" = "can't"); typos are left to the
 * search engine. Where phrases overlap the longest wins, so "lost my wife" is bereavement, not a stray "wife". One
 * phrase can name several needs: "can't pay rent" is both debt and housing (arrears put the tenancy at risk).
 * Each need is listed once, with its longest phrase, in the order the needs first appear in the text.
 */
export function matchNeedPhrases(text: string): { need: string; phrase: string }[] {
  const found = new Map<string, { phrase: string; at: number; safety: boolean }>();
  for (const hit of matchPhrases(text)) {
    const phrase = text.slice(hit.start, hit.end);
    for (const { need, exclude, safety } of hit.values) {
      if (exclude) continue;
      const seen = found.get(need);
      // A disclosure ("kill myself") is kept over a longer plain phrase ("mental health"): whoever reads the
      // phrase later (the referral's suggested needs) must still see the risk.
      const better =
        seen &&
        (safety
          ? !seen.safety || phrase.length > seen.phrase.length
          : !seen.safety && phrase.length > seen.phrase.length);
      if (!seen) found.set(need, { phrase, at: hit.start, safety: safety !== undefined });
      else if (better) Object.assign(seen, { phrase, safety: safety !== undefined });
    }
  }
  return [...found].sort((a, b) => a[1].at - b[1].at).map(([need, { phrase }]) => ({ need, phrase }));
}

/**
 * Safety topics disclosed in free text ("my husband hits me" → domestic abuse, "wants to end it all" → suicide or
 * self-harm), in the order of the safety topics. Same matcher and vocabulary as `matchNeedPhrases`, so a phrase
 * that names a need and a phrase that raises a safety notice can never disagree.
 */
export function matchSafetyTopics(text: string): SafetyTopicId[] {
  const topics = new Set<SafetyTopicId>();
  for (const hit of matchPhrases(text)) {
    if (hit.values.some((value) => value.exclude)) continue;
    for (const { safety } of hit.values) if (safety) topics.add(safety);
  }
  return safetyTopics.filter((topic) => topics.has(topic.id)).map((topic) => topic.id);
}

/** Safety topics behind needs already matched (a referral's suggested needs): from each need and its phrase. */
export function safetyTopicsOf(matches: { need: string; phrase: string }[]): SafetyTopicId[] {
  const topics = new Set(matches.flatMap(({ phrase }) => matchSafetyTopics(phrase)));
  for (const topic of safetyTopics)
    if (topic.wholeNeed && matches.some((m) => m.need === topic.need)) topics.add(topic.id);
  return safetyTopics.filter((topic) => topics.has(topic.id)).map((topic) => topic.id);
}
