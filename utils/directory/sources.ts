import type { DirectorySource } from '../config/setting-types';
import { extraSources, feedUrl } from '../config/storage-items';

/** The main feed's source id; other sources get their own. */
export const MAIN_SOURCE_ID = 'feed';

/** The schedules the settings page offers for checking feeds, in hours. */
export const REFRESH_CHOICES = [1, 6, 12, 24, 72, 168] as const;

/** Every source, the main feed first (when set). */
export async function listSources(): Promise<DirectorySource[]> {
  const [main, extra] = await Promise.all([feedUrl.getValue(), extraSources.getValue()]);
  const first: DirectorySource[] = main
    ? [{ id: MAIN_SOURCE_ID, name: 'Main directory feed', kind: 'url', url: main }]
    : [];
  return first.concat(extra);
}
