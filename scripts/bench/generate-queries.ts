import { Random, type Weighted } from './random';
import { THEMES } from './themes';
import { TOWNS } from './towns';

/** The kinds of input people type into the search box, as measured in the search-performance notes. */
type QueryKind = 'word' | 'phrase' | 'typo' | 'combined' | 'prefix' | 'place' | 'short';

const KINDS: readonly Weighted<QueryKind>[] = [
  ['word', 18],
  ['phrase', 16],
  ['typo', 16],
  ['combined', 14],
  ['prefix', 18],
  ['place', 10],
  ['short', 8],
];

// Misspellings seen in practice (and in the notes the search was designed from); each must still find its need.
const KNOWN_TYPOS = [
  'lonelyness',
  'lonliness',
  'dept advice',
  'housng',
  'bereavment',
  'bereavemnt',
  'excercise',
  'excersise classes',
  'carer suport',
  'carers suport',
  'demensia',
  'mental heath',
  'anxeity',
  'depresion',
  'benifits',
  'universal credt',
  'councelling',
  'alchohol',
  'gambeling',
  'voluntering',
  'gardning',
  'walkng group',
  'diabetis',
  'homless',
  'domestic abuce',
  'befreinding',
  'isolattion',
  'parkinsons diease',
];
const ACRONYMS = ['aa', 'gp', 'cab', 'pip', 'uc', 'esol', 'adhd', 'copd', 'ptsd', 'lgbt', 'dv', 'cv'];
const NEARBY = ['near me', 'in {town}', '{town}', 'for elderly', 'for carers', 'free', 'groups'];

const PHRASES = THEMES.flatMap((theme) => theme.queries.filter((query) => query.includes(' ')));
const WORDS = [...new Set(THEMES.flatMap((theme) => [...theme.queries, theme.id]).filter((q) => /^[a-z]+$/.test(q)))];
const NAME_HEADS = THEMES.flatMap((theme) => theme.names.map((name) => name.toLowerCase()));
// Longer words give prefixes with room to grow, like someone part-way through typing "bereavement".
const PREFIXABLE = [...WORDS.filter((word) => word.length >= 5), ...TOWNS.map((town) => town.name.toLowerCase())];

/** One plausible typing slip in a word of five letters or more: a dropped, doubled, swapped or wrong vowel. */
function misspell(random: Random, word: string): string {
  if (word.length < 5) return word;
  // Keep the first letter: people rarely get it wrong, and the search does not forgive it (see the notes).
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: {
      const vowels = 'aeiou'.replace(word[i] ?? '', '');
      return /[aeiou]/.test(word[i] ?? '') ? word.slice(0, i) + random.pick([...vowels]) + word.slice(i + 1) : word;
    }
  }
}

function query(random: Random, kind: QueryKind): string {
  switch (kind) {
    case 'word':
      return random.pick(WORDS);
    case 'phrase':
      return random.pick(PHRASES);
    case 'typo': {
      if (random.chance(0.5)) return random.pick(KNOWN_TYPOS);
      const words = random.pick([...WORDS, ...PHRASES]).split(' ');
      const at = random.int(0, words.length - 1);
      return words.map((word, i) => (i === at ? misspell(random, word) : word)).join(' ');
    }
    case 'combined': {
      const head = random.chance(0.5) ? random.pick(NAME_HEADS) : random.pick([...WORDS, ...PHRASES]);
      return `${head} ${random.pick(NEARBY)}`.replace('{town}', random.pick(TOWNS).name.toLowerCase());
    }
    case 'prefix': {
      const word = random.pick(PREFIXABLE);
      return word.slice(0, random.int(2, Math.min(5, word.length - 1)));
    }
    case 'place':
      return random.pick(TOWNS).name;
    case 'short':
      return random.pick(ACRONYMS);
  }
}

/**
 * `count` realistic search queries (deterministic for a seed): need words ("debt"), lay phrases ("can't pay rent",
 * "no one to talk to"), typos ("housng", "dept advice"), multi-word searches ("walking group near me"), 2–5-letter
 * keystroke prefixes ("ho", "bere"), town names and short acronyms ("pip", "esol"). About one in six is typed with a
 * capital first letter, as people do.
 */
export function generateQueries(count: number, seed = 1): string[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const text = query(random, random.weighted(KINDS));
    return random.chance(0.15) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  });
}
