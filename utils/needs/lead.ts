/** Words a description's opening may run to, and the least it takes before a full stop ends it. */
const LEAD_WORDS = { least: 8, most: 35 };

/**
 * Where a description's opening sentence ends, as a character offset: at the first full stop after a few words
 * (past a short first line that only repeats the name), or after 35 words. What a description says first is what
 * the service is; later sentences are often passing mentions.
 */
export function leadEnd(description: string): number {
  // What the regular expression /\S+/g found, word by word, without a match array and string per word.
  let count = 0;
  let i = 0;
  const n = description.length;
  while (i < n) {
    while (i < n && isSpace(description.charCodeAt(i))) i++;
    if (i === n) break;
    while (i < n && !isSpace(description.charCodeAt(i))) i++;
    count++;
    const last = description.charCodeAt(i - 1);
    if (count >= LEAD_WORDS.most || (count >= LEAD_WORDS.least && (last === 46 || last === 33 || last === 63))) break;
  }
  // The end of the last word read (trailing space is never a word's).
  while (i > 0 && isSpace(description.charCodeAt(i - 1))) i--;
  return i;
}

/** JavaScript's white space (`\s`): what separates words for the opening. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
