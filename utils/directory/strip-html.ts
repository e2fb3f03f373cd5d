import { decode } from 'html-entities';

const BLOCK_TAGS = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote)\b[^>]*>/gi;
const INVISIBLE = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ANY_TAG = /<\/?[a-z!][^>]*>/gi;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Feed HTML → plain text, without a DOM (the background service worker has none). Block elements become line
 * breaks, entities are decoded after the tags are gone (so "&lt;b&gt;" stays text), zero-width characters and
 * repeated white space are removed. The result is only ever shown as text.
 */
export function stripHtml(html: string): string {
  const text = decode(html.replace(INVISIBLE, ' ').replace(BLOCK_TAGS, '\n').replace(ANY_TAG, ''));
  return text
    .replace(ZERO_WIDTH, '')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
