import type { NeedEvidence, Service } from '../directory/service';
import { latin1Json } from '../directory/service-json';

/**
 * What a result's card shows and its "why it matched" reads: the rest of a service (contacts, places, opening times)
 * is read from IndexedDB only when the details open or a referral starts.
 */
export type ServiceSummary = Pick<
  Service,
  'id' | 'name' | 'organisation' | 'description' | 'website' | 'email' | 'status' | 'assuredDate'
> & {
  eligibility: Pick<Service['eligibility'], 'audiences'>;
  needEvidence: Pick<NeedEvidence, 'need' | 'field' | 'term'>[];
  /** The card holds only the start of the description (`SUMMARY_LENGTH` and one more character): the rest is read with the whole service. */
  descriptionCut?: true;
};

/** Characters of a description a closed card shows (it ends at the last whole word within them, with "…"). */
export const SUMMARY_LENGTH = 220;

/** True for a whole service (read from its row), false for a card's summary. */
export function isWholeService(service: ServiceSummary): service is Service {
  return 'phones' in service;
}

/**
 * Documents per stored string (~37 KB): each is stored as a part of its own, so the panel reads the cards a part at
 * a time, never all ~29 MB of 50,000 services in one read that holds its thread for seconds. Chosen by measurement
 * in the side panel (one quiet probe at 50,000): the cards were in memory 1.2 s after the first results with parts of
 * 64, 2.1 s with parts of 500. Why is not settled: Chromium keeps a value over 64 KB as a blob file of its own, yet in
 * a bare page a few large blobs read back faster than many small rows (docs/directory.md).
 */
export const CARDS_PER_CHUNK = 64;

/**
 * The cards of every document, stored beside the search index (not in it: the panel reads it after the first
 * results). One JSON line per document, in document order, joined into a few long strings, because IndexedDB
 * clones a few long strings far faster than tens of thousands of objects.
 */
export interface StoredServiceCards {
  id: 'cards';
  /** The `builtAt` of the index these documents are numbered by. */
  builtAt: number;
  count: number;
  /** Documents per string: document d is line d % perChunk of string d / perChunk. */
  perChunk: number;
  chunks: string[];
}

/**
 * The cards as stored (utils/db/service-cards-store.ts): the header, with `parts` records of one string each beside
 * it; a directory stored before parts existed has every string in the header, as `chunks`.
 */
export type StoredCardsHeader = Omit<StoredServiceCards, 'chunks'> & { parts?: number; chunks?: string[] };

/** The last entry is 1 when the description is cut; a card stored before cuts has no such entry. */
type Line = [
  string,
  string,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  string[],
  string[],
  (0 | 1)?,
];

function lineOf(service: Service): string {
  // A closed card shows the description's first SUMMARY_LENGTH characters, and one more tells whether it ends within
  // a word: the rest is read from the service's row when the details open (a generated directory's cards are ~25%
  // smaller so, to store, read and hold).
  const cut = service.description.length > SUMMARY_LENGTH + 1;
  const line: Line = [
    service.name,
    cut ? service.description.slice(0, SUMMARY_LENGTH + 1) : service.description,
    service.organisation ?? null,
    service.status,
    service.website ?? null,
    service.email ?? null,
    service.assuredDate ?? null,
    service.eligibility.audiences,
    service.needEvidence.flatMap((evidence) => [evidence.need, evidence.field, evidence.term]),
  ];
  if (cut) line.push(1);
  // One byte a character: the stored cards are about as long as the services themselves, and any curly quote in a
  // chunk of 5,000 lines would otherwise make IndexedDB and the panel's read copy the whole chunk at two bytes.
  return latin1Json(line);
}

/** Collects each document's card line as the index builder adds it. */
export function createCardPacker(perChunk = CARDS_PER_CHUNK) {
  const chunks: string[] = [];
  let lines: string[] = [];
  let count = 0;
  return {
    add(service: Service): void {
      lines.push(lineOf(service));
      count++;
      if (lines.length === perChunk) {
        chunks.push(lines.join('\n'));
        lines = [];
      }
    },
    finish(builtAt: number): StoredServiceCards {
      return {
        id: 'cards',
        builtAt,
        count,
        perChunk,
        chunks: lines.length > 0 ? [...chunks, lines.join('\n')] : chunks,
      };
    },
  };
}

/** Summaries kept parsed at most: a few hundred keystrokes' results. */
const KEPT = 3000;

/**
 * The stored cards, read by id: each line is parsed when first asked for and kept, so a card shown again is the same
 * object (its view need not redraw). `ids` are the index's, in document order. Parts not read yet (`chunks` has holes)
 * answer undefined until `addPart` is given them; `partsOf` says which parts some ids need.
 */
export function unpackServiceCards(stored: Pick<StoredServiceCards, 'perChunk'> & { chunks: string[] }, ids: string[]) {
  const doc = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) doc.set(ids[i] ?? '', i);
  const chunks: (string | undefined)[] = [...stored.chunks];
  /** Where each chunk's lines start, found when the chunk is first read. */
  const starts: (Uint32Array | undefined)[] = [];
  const parsed = new Map<string, ServiceSummary>();
  const lineAt = (d: number): string | undefined => {
    const c = Math.floor(d / stored.perChunk);
    const text = chunks[c];
    if (text === undefined) return undefined;
    let at = starts[c];
    if (!at) {
      const found = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) found.push(i + 1);
      at = Uint32Array.from(found);
      starts[c] = at;
    }
    const n = d - c * stored.perChunk;
    const start = at[n];
    if (start === undefined) return undefined;
    const end = at[n + 1];
    return text.slice(start, end === undefined ? text.length : end - 1);
  };
  return {
    /** The summary of the service with this id, or undefined when the cards (read so far) do not hold it. */
    get(id: string): ServiceSummary | undefined {
      const known = parsed.get(id);
      if (known) return known;
      const d = doc.get(id);
      const line = d === undefined ? undefined : lineAt(d);
      if (line === undefined) return undefined;
      const summary = summaryOf(id, line);
      if (parsed.size >= KEPT) parsed.clear();
      parsed.set(id, summary);
      return summary;
    },
    /** The parts not read yet that hold these ids' cards, each once, in the order first needed. */
    partsOf(wanted: string[]): number[] {
      const parts = new Set<number>();
      for (const id of wanted) {
        const d = doc.get(id);
        if (d === undefined) continue;
        const c = Math.floor(d / stored.perChunk);
        if (chunks[c] === undefined) parts.add(c);
      }
      return [...parts];
    },
    /** Whether this part has been read. */
    hasPart(part: number): boolean {
      return chunks[part] !== undefined;
    },
    /** Gives the cards a part read from the store. */
    addPart(part: number, text: string): void {
      chunks[part] ??= text;
    },
  };
}

function summaryOf(id: string, line: string): ServiceSummary {
  const [name, description, organisation, status, website, email, assuredDate, audiences, evidence, cut] = JSON.parse(
    line,
  ) as Line;
  const needEvidence: ServiceSummary['needEvidence'] = [];
  for (let i = 0; i + 2 < evidence.length; i += 3)
    needEvidence.push({
      need: evidence[i] ?? '',
      field: evidence[i + 1] as NeedEvidence['field'],
      term: evidence[i + 2] ?? '',
    });
  return {
    id,
    name,
    description,
    status,
    eligibility: { audiences },
    needEvidence,
    ...(organisation !== null && { organisation }),
    ...(website !== null && { website }),
    ...(email !== null && { email }),
    ...(assuredDate !== null && { assuredDate }),
    ...(cut === 1 && { descriptionCut: true as const }),
  };
}

export type ServiceCards = ReturnType<typeof unpackServiceCards>;
