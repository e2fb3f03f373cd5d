import { matchAllNeedPhrases } from '../needs/match-need-phrases';
import { ageNeed } from './query-words';
import { tokenise } from './tokenise';

/**
 * Words that say a query is about men, women or teenagers ("blokes feeling low", "counselling for teenagers"), as
 * index words; and, where they differ, the words a service for them names itself with ("Youth", "Young People").
 */
const AUDIENCES: [audience: string, query: string[], service?: string[]][] = [
  ['men', tokenise('men man mens bloke blokes male males lad lads gentlemen fella fellas guys')],
  ['women', tokenise('women woman womens female females ladies lady')],
  [
    'young',
    tokenise('teenager teenagers teen teens teenage adolescent adolescents'),
    tokenise('young youth teenager teen teenage adolescent'),
  ],
];

/**
 * Who a query says the service should be for: `men` for "I'm a bloke and I'm struggling", "men's mental health",
 * `women` for "women's group". Only words that name the group: "my husband" says who the need is about, not that a
 * men's service is wanted. For ranking to use; the words themselves also match their related words (`relatedWords`).
 */
export function readAudiences(corrected: string): string[] {
  const tokens = new Set(tokenise(corrected));
  const audiences = AUDIENCES.filter(([, words]) => words.some((word) => tokens.has(word))).map(([group]) => group);
  if (!audiences.includes('men') && !audiences.includes('young') && keepsItIn(corrected)) audiences.push('men');
  return audiences;
}

const HE = new Set(['he', 'his', 'him', 'himself', 'hes']);
const BOYS = new Set(tokenise('son sons boy boys lad child kid grandson nephew'));

/**
 * A grown man's feelings, in the third person ("my husband won't talk about how he feels", "he keeps his feelings
 * to himself"): a mental wellbeing phrase about him, not about a boy. Men's talking groups exist for exactly this.
 */
function keepsItIn(corrected: string): boolean {
  if (tokenise(corrected).some((token) => BOYS.has(token) || ageNeed(token) === 'young-people')) return false;
  return matchAllNeedPhrases(corrected).some(
    (m) =>
      m.need === 'mental-wellbeing' &&
      m.phrase
        .toLowerCase()
        .replace(/['\u2019]/g, '')
        .split(/[^a-z]+/)
        .some((word) => HE.has(word)),
  );
}

/** The index words that name an audience group (`men`, `women`), and those of the other groups. */
export function audienceWords(audience: string): { own: string[]; others: string[] } {
  const words = ([, query, service]: (typeof AUDIENCES)[number]) => service ?? query;
  const own = AUDIENCES.find(([group]) => group === audience);
  // Men and women exclude each other (a service for both is for neither); teenagers exclude no one.
  const sexes = ['men', 'women'];
  return {
    own: own ? words(own) : [],
    others: sexes.includes(audience)
      ? AUDIENCES.filter(([group]) => group !== audience && sexes.includes(group)).flatMap(words)
      : [],
  };
}
