/**
 * The hostile corpus: feeds and feed servers that misbehave, each generated here (nothing is committed as a blob)
 * with the outcome Signpost must reach. A case is a file set, or HTTP routes served on 127.0.0.1.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ImportLimits } from '../../utils/directory/limits';

/** Answers one request; `page` is the `page` query parameter (1 when absent). */
export type Route = (req: IncomingMessage, res: ServerResponse, page: number) => void;

export interface Expect {
  ok: boolean;
  /** Services imported (ok cases). */
  services?: number;
  /** The plain failure message (failed cases). */
  error?: RegExp;
  /** Why paging stopped early (ok cases); `null` when it must not have stopped early. */
  stopped?: RegExp | null;
  /** A rejected record's reason, or a field problem's reason, that must be reported. */
  rejected?: RegExp;
  problem?: RegExp;
  /** Text that must not appear in any imported service (a script, a hostile link). */
  absent?: RegExp;
}

export interface HostileCase {
  name: string;
  kind: 'server' | 'paging' | 'record' | 'csv' | 'file' | 'scale';
  /** Heavy cases run in `npm run test:hostile` only. */
  heavy?: boolean;
  /** Served at `/<case path>` (the feed address), with `?page=N` for later pages. */
  route?: Route;
  /** Or files: a name (the one passed to the CLI is the first) and its content. */
  files?: { name: string; content: string | Buffer }[];
  /** Limit overrides; light cases shrink the limits so they end in well under a second. */
  limits?: Partial<ImportLimits>;
  expect: Expect;
}

/** Limits for light cases: small and quick, so a stall or a flood is noticed fast. */
export const LIGHT: Partial<ImportLimits> = {
  requestMs: 4000,
  idleMs: 1500,
  pageBytes: 512 * 1024,
  importBytes: 2 * 1024 * 1024,
  pages: 50,
  records: 5000,
};

/** A usable ORUK v1 record. */
export function record(id: string | number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: String(id),
    name: `Service ${id}`,
    description: 'Tea and a chat for people who feel lonely.',
    url: 'https://example.org/',
    email: 'hello@example.org',
    ...extra,
  };
}

export function records(count: number, from = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => record(from + i));
}

export function json(res: ServerResponse, body: unknown, type = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An ORUK v1 page envelope. */
export function v1Page(content: unknown[], fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, content };
}

/** An ORUK 3.0 page envelope. */
export function v3Page(contents: unknown, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, contents };
}

/** Words an engine uses, never a person: none may reach a message. */
export const ENGINE_WORDS =
  /terminated|TypeError|RangeError|SyntaxError|Maximum call stack|Cannot create a string|Invalid string length|undefined is not|\n\s+at |fetch failed|AbortError|aborted/i;
