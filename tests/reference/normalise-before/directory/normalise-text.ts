import { text } from '../../../../utils/directory/narrow';
import { stripHtml } from './strip-html';

// Anything stripHtml would change beyond trimming. Most feed strings have none of it, and skipping the HTML pass for
// them keeps a 50,000-record import fast.
const NEEDS_STRIP =
  /[<&\n\r\t\f\v\u00A0\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0\uDB40]|\u034F|\u17B4|\u17B5|[\u180B-\u180D]|\u180F|[\uFE00-\uFE0F]| {2}/;

/** A feed value as plain, trimmed text (HTML stripped), or undefined when nothing is left. */
export function normaliseText(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  if (!NEEDS_STRIP.test(raw)) return raw;
  return stripHtml(raw) || undefined;
}
