import { matchNeedPhrases } from '../needs/match-need-phrases';
import { mentionOf } from '../needs/negation';
import { senseFits } from '../needs/word-sense';
import type { RecordEntry } from './record-entries';

/** A need the record suggests, with the words that suggest it and where they are ("journal, 12 Mar"). */
export interface RecordNeed {
  need: string;
  phrase: string;
  where: string;
  /** Only queried or possible ("?lonely", "query depression"): offered after the needs the record states. */
  hedged?: boolean;
}

// Prescribing admin names conditions and drugs, never a social need.
const MEDICATION =
  /\b(?:medications? review|medicines? review|repeat prescriptions?|prescription requests?|repeat requests?|medication requests?)\b/i;
// A clause ends at a sentence's end or at a word that turns it: "no debts, but lonely since …".
const SENTENCES = /(?<=[.!;])\s+|\n+|\?(?=\s|$)/;
const CLAUSES = /\s*(?:\b(?:but|however|although|though|whereas|except|apart from|aside from)\b|\s[–—]\s|\s-\s)\s*/i;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Evidence extends RecordNeed {
  rank: number;
  order: number;
}

function shortDate(iso: string, now: Date): string {
  const [year, month, day] = iso.split('-').map(Number);
  const shown = `${day} ${MONTHS[(month ?? 1) - 1]}`;
  return year === now.getFullYear() ? shown : `${shown} ${year}`;
}

/** How recent an entry is: the note being written first, then undated entries (current lists), then by date. */
function recency(entry: RecordEntry, now: Date): number {
  if (entry.current) return Number.POSITIVE_INFINITY;
  return entry.date ? Date.parse(entry.date) : now.getTime();
}

function clausesOf(text: string): string[] {
  return text.split(SENTENCES).flatMap((sentence) => sentence.split(CLAUSES));
}

/**
 * The needs a record's text suggests, best first: stated before queried, today's note before older entries.
 * Needs that are denied ("no financial concerns", "denies alcohol"), past ("ex-smoker", "resolved"), or named by
 * words in another sense ("served a section 21 notice") are not suggested; prescribing admin suggests nothing.
 */
export function recordNeeds(entries: readonly RecordEntry[], now: Date = new Date()): RecordNeed[] {
  const best = new Map<string, Evidence>();
  let order = 0;
  for (const entry of entries) {
    if (MEDICATION.test(entry.text) || MEDICATION.test(entry.section)) continue;
    const where = entry.date ? `${entry.section}, ${shortDate(entry.date, now)}` : entry.section;
    for (const clause of clausesOf(entry.text)) {
      for (const { need, phrase } of matchNeedPhrases(clause)) {
        const start = clause.indexOf(phrase);
        const mention = mentionOf(clause, start, start + phrase.length, need);
        if (mention === 'negated' || !senseFits(need, phrase, clause)) continue;
        const hedged = mention === 'hedged';
        // Stated outranks queried; among equals, the more recent entry wins.
        const rank = (hedged ? 0 : 1) * 1e15 + Math.min(recency(entry, now), 1e14);
        const known = best.get(need);
        if (!known || rank > known.rank) {
          best.set(need, { need, phrase, where, rank, order: order++, ...(hedged ? { hedged } : {}) });
        }
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ need, phrase, where, hedged }) => (hedged ? { need, phrase, where, hedged } : { need, phrase, where }));
}
