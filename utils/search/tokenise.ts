/**
 * Words too common in service descriptions to tell services apart. Need words ("support", "help") stay: they are
 * common but the need vocabulary and the ranking weigh them.
 */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have he her his how i if in into is it ' +
    'its me my no not of on or our she so than that the their them then there these they this those to us was we ' +
    'were what when where which who will with would you your yours also about all any each just may more most ' +
    'other over such very via'
  ).split(' '),
);

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/;
const APOSTROPHES = /['\u2019\u2018`]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * One word's index form: lower case, no accents, and a light plural strip ("carers" → "carer", "groups" →
 * "group", "activities" → "activity") so a query in one number finds the other. Words of three letters or fewer
 * are left as they are ("bus", "gas").
 */
export function normaliseWord(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Splits text into index words: lower case, apostrophes dropped ("can't" → "cant"), stopwords and 1-letter words out. */
export function tokenise(text: string): string[] {
  return typedWords(text).map(normaliseWord);
}

/** The words `tokenise` keeps, as typed (before the plural strip): "shops", where the index word is "shop". */
export function typedWords(text: string): string[] {
  // Most directory text is plain ASCII: Unicode normalisation is the slow part, so it runs only when needed.
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(DIACRITICS, '') : text;
  const words = plain.toLowerCase().replace(APOSTROPHES, '').split(NON_WORD);
  return words.filter((word) => word.length >= 2 && !STOPWORDS.has(word));
}

/** What a character other than ASCII does to index words: 1 separates them, 2 vanishes (joining), 3 needs `tokenise`. */
const SEPARATES = 1;
const VANISHES = 2;
const OTHER = 3;
const kinds = new Uint8Array(0x10000);

/**
 * A character's kind, from what `tokenise` makes of it alone: accents and apostrophes (’) vanish, a character with
 * no letter or digit in its compatibility form (curly quotes, dashes, £, bullets) separates words, and anything
 * else (é, ﬁ, ², surrogates) is left to `tokenise` itself.
 */
function kindOf(code: number): number {
  let kind = kinds[code] as number;
  if (kind !== 0) return kind;
  const alone = String.fromCharCode(code);
  const plain = alone.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
  if (code >= 0xd800 && code <= 0xdfff) kind = OTHER;
  else if (plain.replace(APOSTROPHES, '') === '') kind = VANISHES;
  else if (/^[^a-z0-9'\u2019\u2018`]+$/.test(plain) && plain.normalize('NFKD') === plain) kind = SEPARATES;
  else kind = OTHER;
  kinds[code] = kind;
  return kind;
}

/**
 * The same words as `tokenise(text)`, found faster: one pass over the text instead of a Unicode normalisation, a
 * replace, a split, a filter and a map. Building the index at import calls this for every field of every service.
 * Text with a character `tokenise` could turn into a letter or digit (é, ﬁ) goes through `tokenise` itself.
 */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  let joined = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe or an accent joins the letters either side of it ("can't" → "cant"): `tokenise` drops it.
    const kind = c === 39 || c === 96 ? VANISHES : c < 128 ? SEPARATES : kindOf(c);
    if (kind === OTHER) return tokenise(text);
    if (kind === VANISHES) {
      if (start >= 0) joined = true;
      continue;
    }
    if (start < 0) continue;
    const word = joined ? wordOf(text, start, i) : text.slice(start, i).toLowerCase();
    start = -1;
    joined = false;
    if (word.length >= 2 && !STOPWORDS.has(word)) words.push(normaliseWord(word));
  }
  return words;
}

/** The letters and digits of text[start, end), lower case, without the characters that vanish between them. */
function wordOf(text: string, start: number, end: number): string {
  let word = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word += text[i];
  }
  return word.toLowerCase();
}
