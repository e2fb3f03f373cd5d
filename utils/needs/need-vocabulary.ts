import { vocabularyActivities } from './vocabulary-activities';
import { vocabularyConditions } from './vocabulary-conditions';
import { vocabularyGroups } from './vocabulary-groups';
import { laySynonyms } from './vocabulary-lay';
import { vocabularyMoneyHome } from './vocabulary-money-home';
import { safetyTopics } from './vocabulary-safety';
import { vocabularyWellbeing } from './vocabulary-wellbeing';

/**
 * One social-prescribing need. Phrases are lower case and matched word by word, so "drop in" also matches
 * "drop-in" and apostrophes are ignored ("can't" = "cant"). A trailing `*` on a word matches any ending:
 * "bereave*" matches "bereaved" and "bereavement".
 */
export interface Need {
  /** Fixed id, used in stored services and settings: never rename one. */
  id: string;
  /** Short, for a chip. */
  label: string;
  /** One plain sentence. */
  description: string;
  /** How a GP or patient says it ("money worries", "skint"). Only matched in typed text and notes, never in service text. */
  synonyms: string[];
  /** Specific words that show a service meets the need: one hit in a description is enough. */
  keywords: string[];
  /** Words that suggest the need but are ambiguous alone: a description needs two different ones. */
  weakKeywords?: string[];
  /** Phrases that contain a keyword but mean something else ("warm welcome"): they cancel it for this need. */
  exclude?: string[];
  /** LGA esd codes, `esdNeed:<id>` or `esdServiceType:<id>`; a service tagged with one of them has the need. */
  esd: string[];
}

/**
 * Adds how patients say it (vocabulary-lay.ts) and each safety topic's disclosures ("kill myself" is mental
 * wellbeing) to the need's synonyms: one vocabulary for the search box and the consultation note.
 */
function withSafetyPhrases(need: Need): Need {
  const extra = [
    ...(laySynonyms[need.id] ?? []),
    ...safetyTopics.filter((topic) => topic.need === need.id).flatMap((topic) => topic.phrases),
  ];
  return extra.length ? { ...need, synonyms: [...new Set([...need.synonyms, ...extra])] } : need;
}

/** The need vocabulary, in the order chips are shown. */
export const needVocabulary: readonly Need[] = [
  ...vocabularyMoneyHome,
  ...vocabularyWellbeing,
  ...vocabularyConditions,
  ...vocabularyGroups,
  ...vocabularyActivities,
].map(withSafetyPhrases);

const byId = new Map(needVocabulary.map((need) => [need.id, need]));

/** The need with this id, if the vocabulary has it (ids can come from old stored data). */
export function findNeed(id: string): Need | undefined {
  return byId.get(id);
}
