/** Words a description's opening may run to, and the least it takes before a full stop ends it. */
const LEAD_WORDS = { least: 8, most: 35 };

/**
 * Where a description's opening sentence ends, as a character offset: at the first full stop after a few words
 * (past a short first line that only repeats the name), or after 35 words. What a description says first is what
 * the service is; later sentences are often passing mentions.
 */
export function leadEnd(description: string): number {
  const word = /\S+/g;
  let count = 0;
  let end = 0;
  for (let match = word.exec(description); match; match = word.exec(description)) {
    count++;
    end = match.index + match[0].length;
    if (count >= LEAD_WORDS.most || (count >= LEAD_WORDS.least && /[.!?]$/.test(match[0]))) break;
  }
  return end;
}
