import { storage } from 'wxt/utils/storage';

/** The directory feed's address: an ORUK JSON array or a paged ORUK API. Empty until the user sets one. */
export const feedUrl = storage.defineItem<string>('local:feedUrl', { fallback: '', version: 1 });

/** The one directory source this version imports; later sources get their own ids. */
export const MAIN_SOURCE_ID = 'feed';
