import { indexWords } from './tokenise';

/** How much a word counts in each field: a word in the name says far more about a service than one in its text. */
export const FIELD_WEIGHT = { name: 10, audiences: 6, organisation: 4, needs: 3, description: 1 } as const;

/**
 * The index's postings, built a document at a time: `field` adds a field's words to the current document, `next`
 * ends it. Words are numbered as met, each with its postings (document, weight pairs). While a document is added,
 * its words' weights and one field's word counts live in arrays by word number (zero when untouched), with the
 * numbers touched listed beside them: no Map per document or field, which at 50,000 services was most of the build.
 */
export function createPostings() {
  const wordNumber = new Map<string, number>();
  const wordTexts: string[] = [];
  const lists: number[][] = [];
  let docWeight = new Int32Array(4096);
  let fieldCount = new Int32Array(4096);
  const docWords: number[] = [];
  const fieldWords: number[] = [];

  const numberOf = (word: string): number => {
    let number = wordNumber.get(word);
    if (number !== undefined) return number;
    number = wordTexts.length;
    wordNumber.set(word, number);
    wordTexts.push(word);
    lists.push([]);
    if (number >= docWeight.length) {
      const weights = new Int32Array(docWeight.length * 2);
      weights.set(docWeight);
      docWeight = weights;
      const counts = new Int32Array(fieldCount.length * 2);
      counts.set(fieldCount);
      fieldCount = counts;
    }
    return number;
  };

  return {
    /** Adds a field's words to the document's weights; repeats in the description add a little, up to 3. */
    field(text: string, weight: number): void {
      for (const word of indexWords(text)) {
        const number = numberOf(word);
        if ((fieldCount[number] as number) === 0) fieldWords.push(number);
        fieldCount[number] = (fieldCount[number] as number) + 1;
      }
      for (const number of fieldWords) {
        const count = fieldCount[number] as number;
        fieldCount[number] = 0;
        const extra = weight === FIELD_WEIGHT.description ? Math.min(count, 3) : weight;
        const before = docWeight[number] as number;
        if (before === 0) docWords.push(number);
        docWeight[number] = Math.min(255, before + extra);
      }
      fieldWords.length = 0;
    },
    /** Ends document `doc`: each of its words gets a posting with its weight. */
    next(doc: number): void {
      for (const number of docWords) {
        (lists[number] as number[]).push(doc, docWeight[number] as number);
        docWeight[number] = 0;
      }
      docWords.length = 0;
    },
    /** The sorted words and their postings, 16-bit while every document number fits. */
    finish(count: number) {
      const words = [...wordTexts].sort();
      const sorted = words.map((word) => lists[wordNumber.get(word) ?? 0] ?? []);
      const postingStart = new Uint32Array(words.length + 1);
      let total = 0;
      sorted.forEach((list, index) => {
        total += list.length / 2;
        postingStart[index + 1] = total;
      });
      const postingDocs = count <= 1 << 16 ? new Uint16Array(total) : new Uint32Array(total);
      const postingWeights = new Uint8Array(total);
      sorted.forEach((list, index) => {
        let at = postingStart[index] ?? 0;
        for (let i = 0; i < list.length; i += 2) {
          postingDocs[at] = list[i] ?? 0;
          postingWeights[at] = list[i + 1] ?? 0;
          at++;
        }
      });
      return { words, postingStart, postingDocs, postingWeights };
    },
  };
}
