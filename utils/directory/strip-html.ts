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
const SPACE_RUN = /[ \t\r\f\v]+/g;
const NO_BREAK_SPACE = /\u00A0/g;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** The tag name starting at `at` (after `<` or `</`), lower case; empty when none. */
function tagName(html: string, at: number): string {
  let end = at;
  while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
  return html.slice(at, end).toLowerCase();
}

/**
 * Characters a line must be tidied for (beyond trimming): what INVISIBLE removes (a tag character's high surrogate
 * stands for it), and, below, control characters and two spaces in a row. Looked up by code.
 */
const TIDY = new Uint8Array(0x10000);
// INVISIBLE's ranges, and 0xDB40 for its tag characters (normalise-same.test.ts checks every code unit).
for (const [from, to] of [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xdb40, 0xdb40],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
] as const) {
  TIDY.fill(1, from, to + 1);
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
    const first = html.charCodeAt(nameAt);
    if (!isLetter(first) && first !== 33) {
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
  const bare = removeTags(html);
  // Every entity starts with "&": most feed text has none, and decoding it would only copy it.
  const text = bare.includes('&') ? decode(bare) : bare;
  // Line by line, as splitting on new lines, tidying and dropping empty lines did; a line with nothing to tidy (most)
  // is only trimmed. None of the tidying touches a new line, so tidying each line alone gives the same text.
  let out = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Plain: nothing to tidy but lone no-break spaces (`&nbsp;` between words), which only become spaces.
    let plain = true;
    let noBreak = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 0xa0) {
        const next = text.charCodeAt(i + 1);
        if (next === 32 || next === 0xa0) {
          plain = false;
          break;
        }
        if (c === 0xa0) noBreak = true;
      } else if (c < 32 || TIDY[c] === 1) {
        plain = false;
        break;
      }
    }
    const raw = text.slice(start, end);
    const line = !plain ? tidyLine(raw) : noBreak ? raw.replace(NO_BREAK_SPACE, ' ').trim() : raw.trim();
    if (line) out = out === '' ? line : `${out}\n${line}`;
    start = end + 1;
  }
  return out;
}

/** One line of text without its invisible characters and repeated white space, trimmed. */
function tidyLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(NO_BREAK_SPACE, ' ').replace(SPACE_RUN, ' ').trim();
}
