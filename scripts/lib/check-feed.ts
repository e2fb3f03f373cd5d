/** `directory check` as a function: the same code path the CLI runs, for the hostile corpus to call in-process. */
import { buildImportReport, type ImportReport } from '../../utils/directory/build-import-report';
import { describeLimits, type ImportLimits, withDefaults } from '../../utils/directory/limits';
import { createRecordNormaliser, type NormalisedFeed } from '../../utils/directory/normalise-records';
import { plainError } from '../../utils/directory/plain-error';
import { loadFeed } from './load-feed';

export type CheckResult =
  | { ok: true; report: ImportReport & { fileWarnings: string[] }; normalised: NormalisedFeed }
  | { ok: false; error: string; report?: ImportReport };

/**
 * Reads and normalises a feed (file, folder or address) under the limits, records normalised as each page arrives
 * so only one page is held raw. A feed with no usable service is a failure, in plain words.
 */
export async function checkFeed(target: string, overrides: Partial<ImportLimits> = {}): Promise<CheckResult> {
  const limits = withDefaults(overrides);
  try {
    const normaliser = createRecordNormaliser('cli');
    const feed = await loadFeed(target, { limits, onRecords: (records) => normaliser.add(records) });
    const normalised = normaliser.finish();
    const report = {
      ...buildImportReport({ ...feed, records: feed.recordCount, ...normalised }),
      pages: feed.pages,
      stopped: feed.stopped,
      limits: describeLimits(limits),
      fileWarnings: feed.warnings,
    };
    if (normalised.services.length === 0) {
      const first = normalised.rejected[0] ? ` The first problem: ${normalised.rejected[0].reason}` : '';
      const error = `${feed.source} has no usable services: ${feed.recordCount} records, ${normalised.rejected.length} rejected.${first}`;
      return { ok: false, error, report };
    }
    return { ok: true, report, normalised };
  } catch (error) {
    return { ok: false, error: plainError(error) };
  }
}
