/**
 * The limits every import runs under, so no feed or feed server, however broken, can hang a refresh or exhaust
 * memory. Each is a safe default that a caller (the CLI, a test) may override; the import report names them.
 */
export interface ImportLimits {
  /** Longest a single request may take, headers and body together. */
  requestMs: number;
  /** Longest a request may go without a byte arriving (no headers yet, or a body that stalls). */
  idleMs: number;
  /** Most bytes one page (or one file) may hold once decompressed; counted while it streams in. */
  pageBytes: number;
  /** Most bytes a whole import may read, all pages together, decompressed. */
  importBytes: number;
  /** Most pages one import follows. */
  pages: number;
  /** Most records one import reads; the rest are left out and reported. */
  records: number;
  /** Longest a single text field may be before its record is taken to be broken. */
  fieldChars: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  requestMs: 120_000,
  idleMs: 30_000,
  pageBytes: 64 * 1024 * 1024,
  importBytes: 256 * 1024 * 1024,
  pages: 1000,
  records: 100_000,
  fieldChars: 100_000,
};

export function withDefaults(limits: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

const MB = 1024 * 1024;

/** A byte count as people read it: "64 MB", "512 KB". */
export function bytesText(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A duration as people read it: "30 s", "2 min". */
export function secondsText(ms: number): string {
  return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`;
}

/** The limits in one line, for the report and `directory check`. */
export function describeLimits(limits: ImportLimits): string {
  return (
    `${secondsText(limits.requestMs)} per request, ${secondsText(limits.idleMs)} without data, ` +
    `${bytesText(limits.pageBytes)} per page, ${bytesText(limits.importBytes)} per import, ` +
    `${limits.pages.toLocaleString('en-GB')} pages, ${limits.records.toLocaleString('en-GB')} records, ` +
    `${limits.fieldChars.toLocaleString('en-GB')} characters per field`
  );
}
