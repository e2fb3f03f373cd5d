import type { RoleText } from './role-text';

type Dont = RoleText['whatTheyDont'][number];

/** The separator the editor writes; `parseDontLines` also reads an en dash, or a hyphen with spaces round it. */
export const DONT_SEPARATOR = ' — ';

/** "item — instead" lines for the editor's textarea. */
export function formatDontLines(donts: readonly Dont[]): string {
  return donts.map((dont) => `${dont.item}${DONT_SEPARATOR}${dont.instead}`).join('\n');
}

// A hyphen counts only with spaces round it, so "long-term" or "self-refer" in an item do not split it.
const SEPARATOR = /\s*[—–]\s*|\s+-\s+/;

/**
 * Reads the editor's "item — instead" lines, splitting each at its first dash so the "instead" part may contain
 * dashes of its own. Blank lines are skipped; a line without a dash is an error naming that line.
 */
export function parseDontLines(lines: string): { ok: true; value: Dont[] } | { ok: false; message: string } {
  const donts: Dont[] = [];
  for (const [index, line] of lines.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const match = SEPARATOR.exec(line);
    const item = match ? line.slice(0, match.index).trim() : '';
    const instead = match ? line.slice(match.index + match[0].length).trim() : '';
    if (!item || !instead) {
      return {
        ok: false,
        message:
          `Line ${index + 1} of “They don’t” needs what they don’t do, a dash, then where to go instead. ` +
          'For example: Give medical advice — a GP or practice nurse',
      };
    }
    donts.push({ item, instead });
  }
  return { ok: true, value: donts };
}
