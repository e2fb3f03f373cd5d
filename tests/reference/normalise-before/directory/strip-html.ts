import { decode } from 'html-entities';

const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table']);
for (const tag of ['section', 'article', 'blockquote']) BLOCK.add(tag);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/**
 * Characters that show nothing: zero-width and joiners, direction marks and overrides (which can make text read
 * backwards), soft hyphens, Hangul fillers, the Braille blank, tag characters. A name made only of these is no name.
 */
export const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|[\u180B-\u180D]|\u180F|[\uFE00-\uFE0F]|\uDB40[\uDC00-\uDC7F]/g;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** The tag name starting at `at` (after `<` or `</`), lower case; empty when none. */
function tagName(html: string, at: number): string {
  let end = at;
  while (end < html.length && NAME_CHAR.test(html[end] as string)) end++;
  return html.slice(at, end).toLowerCase();
}

/**
 * Removes tags in one left-to-right pass, in time linear in the input: the next `>` is looked up once and reused,
 * and a hidden element's closing tag is searched for at most once per element name after it is known missing. (The
 * regular expressions this replaces backtracked: a 1 MB description with an unclosed `<a` took minutes.)
 */
function removeTags(html: string): string {
  const parts: string[] = [];
  const closers = new Map<string, RegExp | null>();
  let gt = -1;
  let from = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    const closing = html[i + 1] === '/';
    const nameAt = closing ? i + 2 : i + 1;
    const first = html[nameAt] ?? '';
    if (!/[A-Za-z!]/.test(first)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (gt < i) gt = html.indexOf('>', i);
    // No `>` anywhere after: nothing more can be a tag, and the rest is text.
    if (gt === -1) break;
    const name = tagName(html, nameAt);
    parts.push(html.slice(from, i));
    let end = gt + 1;
    if (!closing && HIDDEN.has(name) && closers.get(name) !== null) {
      const closer = closers.get(name) ?? new RegExp(`</${name}\\s*>`, 'gi');
      closer.lastIndex = end;
      const found = closer.exec(html);
      closers.set(name, found ? closer : null);
      if (found) end = found.index + found[0].length;
      parts.push(found ? ' ' : '');
    } else {
      parts.push(BLOCK.has(name) ? '\n' : '');
    }
    from = end;
    i = html.indexOf('<', end);
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * Feed HTML → plain text, without a DOM (the background service worker has none). Block elements become line
 * breaks, entities are decoded after the tags are gone (so "&lt;b&gt;" stays text), invisible characters and
 * repeated white space are removed. The result is only ever shown as text.
 */
export function stripHtml(html: string): string {
  return decode(removeTags(html))
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
