import { describe, expect, it } from 'vitest';
import { stripHtml } from './strip-html';

describe('stripHtml', () => {
  it.each([
    ['<p><br></p>', ''],
    ['<h4>aged 16 to 25&nbsp;who are</h4><h4>homeless</h4>', 'aged 16 to 25 who are\nhomeless'],
    ['Tea &amp; chat', 'Tea & chat'],
    // Entities are decoded after tags are removed, so escaped markup stays text.
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['<script>alert(1)</script>Safe', 'Safe'],
    ['<style>p{}</style><p>Text</p>', 'Text'],
    ['zero\u200Bwidth  and   spaces\t\ttabs', 'zerowidth and spaces tabs'],
    ['<a href="x" onclick="y">link</a> text', 'link text'],
  ])('%j → %j', (html, text) => {
    expect(stripHtml(html)).toBe(text);
  });
});
