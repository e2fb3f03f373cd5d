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

/**
 * The same words as `tokenise(text)`, found faster for plain ASCII text (most of a directory): one pass over the
 * lower-cased text instead of a replace, a split, a filter and a map. Building the index at import calls this for
 * every field of every service. Text with any other character goes through `tokenise` itself.
 */
export function indexWords(text: string): string[] {
  if (NON_ASCII.test(text)) return tokenise(text);
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let apostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe joins the letters either side of it ("can't" → "cant"), as `tokenise` drops it before splitting.
    if (c === 39 || c === 96) {
      if (start >= 0) apostrophe = true;
      continue;
    }
    if (start < 0) continue;
    const word = apostrophe ? lower.slice(start, i).replace(APOSTROPHES, '') : lower.slice(start, i);
    start = -1;
    apostrophe = false;
    if (word.length >= 2 && !STOPWORDS.has(word)) words.push(normaliseWord(word));
  }
  return words;
}
