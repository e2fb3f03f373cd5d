import { storage } from 'wxt/utils/storage';

/** The main directory feed's address: an ORUK JSON array, a paged ORUK API or a CSV. Empty until the user sets one. */
export const feedUrl = storage.defineItem<string>('local:feedUrl', { fallback: '', version: 1 });

/** The main feed's source id; other sources get their own. */
export const MAIN_SOURCE_ID = 'feed';

/** A directory source besides the main feed: another feed address, or a file the practice imports by hand. */
export interface DirectorySource {
  /** Prefix of its services' ids; stable so practice notes stay attached across refreshes. */
  id: string;
  /** What the settings page calls it: the feed's host or the file's name. */
  name: string;
  kind: 'url' | 'file';
  url?: string;
}

export const extraSources = storage.defineItem<DirectorySource[]>('local:directorySources', {
  fallback: [],
  version: 1,
});

/** Hours between background refreshes of the feeds; the feeds' ETags make an unchanged refresh cheap. */
export const refreshHours = storage.defineItem<number>('local:refreshHours', { fallback: 24, version: 1 });

export const REFRESH_CHOICES = [1, 6, 12, 24, 72, 168] as const;

/** Every source, the main feed first (when set). */
export async function listSources(): Promise<DirectorySource[]> {
  const [main, extra] = await Promise.all([feedUrl.getValue(), extraSources.getValue()]);
  const first: DirectorySource[] = main
    ? [{ id: MAIN_SOURCE_ID, name: 'Main directory feed', kind: 'url', url: main }]
    : [];
  return first.concat(extra);
}
