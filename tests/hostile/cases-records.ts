/** Records that try to break the normaliser or smuggle something into the panel, each beside one good record. */
import { type Expect, type HostileCase, record } from './case';

const KB = 1024;
/** JSON nested `depth` levels, as text: too deep for JSON.stringify to write. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;

/** A JSON file holding a good record and `hostile` (given id "h"). */
function file(name: string, hostile: Record<string, unknown>, expect: Partial<Expect>): HostileCase {
  const content = JSON.stringify([record('good'), { ...record('h'), ...hostile }]);
  return { name, kind: 'record', files: [{ name: 'feed.json', content }], expect: { ok: true, ...expect } };
}

const rejected = (name: string, hostile: Record<string, unknown>, reason: RegExp) =>
  file(name, hostile, { services: 1, rejected: reason });
const problem = (name: string, hostile: Record<string, unknown>, reason: RegExp, absent?: RegExp) =>
  file(name, hostile, { services: 2, problem: reason, absent });
const kept = (name: string, hostile: Record<string, unknown>, absent?: RegExp) =>
  file(name, hostile, { services: 2, absent });

const INVISIBLE_NAMES: [string, string][] = [
  ['left-to-right marks', '\u200E\u200E'],
  ['right-to-left marks', '\u200F'],
  ['soft hyphens', '\u00AD\u00AD\u00AD'],
  ['a right-to-left override', '\u202E\u202C'],
  ['word joiners', '\u2060\u2061'],
  ['zero-width spaces', '\u200B\u200C\u200D'],
  ['a byte-order mark', '\uFEFF'],
  ['Hangul fillers', '\u3164\uFFA0\u115F'],
  ['tag characters', '\u{E0041}\u{E0042}'],
  ['the Braille blank', '\u2800'],
  ['an Arabic letter mark and spaces', ' \u061C\u00A0'],
  ['only markup', '<b></b><br>'],
  ['only an entity for a space', '&nbsp;&#8203;'],
];

const BAD_WEBSITES: [string, RegExp][] = [
  ['javascript:alert(document.cookie)', /not an http\(s\) address/],
  ['JaVaScRiPt:alert(1)', /not an http\(s\) address/],
  [' javascript:alert(1)', /not an http\(s\) address/],
  ['data:text/html,<script>alert(1)</script>', /not an http\(s\) address|not a web address/],
  ['vbscript:msgbox(1)', /not an http\(s\) address/],
  ['file:///etc/passwd', /not an http\(s\) address/],
  ['https://trusted.example@other.example/', /hides its real address/],
  ['https://nhs.uk:login@evil.example', /hides its real address/],
  ['http://user@127.0.0.1/', /hides its real address/],
  [`https://example.org/${'a'.repeat(3000)}`, /characters long, so it was left out/],
  ['chrome-extension://abc/options.html', /not an http\(s\) address/],
];

const BAD_EMAILS: [string, RegExp][] = [
  ['help@example.org?cc=boss@evil.example', /carries mail headers/],
  ['help@example.org?subject=Referral%20for%20Mrs%20X', /carries mail headers/],
  ['mailto:help@example.org?bcc=spy@evil.example', /carries mail headers/],
  ['help@example.org&body=hello', /carries mail headers/],
  ['help@example.org?to=other@evil.example', /carries mail headers/],
  [`${'a'.repeat(300)}@example.org`, /does not look like an email/],
  ['two@at@example.org', /does not look like an email/],
  ['javascript:alert(1)//@example.org', /does not look like an email/],
];

export const recordCases: HostileCase[] = [
  ...INVISIBLE_NAMES.map(([what, name]) => rejected(`a name made only of ${what}`, { name }, /has no name/)),
  ...BAD_WEBSITES.map(([url, reason]) =>
    problem(`the website ${url.slice(0, 40)}`, { url }, reason, /javascript:|vbscript:|data:|@other|@evil/i),
  ),
  ...BAD_EMAILS.map(([email, reason]) =>
    problem(`the email ${email.slice(0, 40)}`, { email }, reason, /cc=|subject=|bcc=|body=/),
  ),
  rejected('no id', { id: null }, /has no id/),
  rejected('an id that is an object', { id: { $ne: 1 } }, /has no id/),
  rejected('an id of 5,000 characters', { id: 'x'.repeat(5000) }, /id is 5,000 characters long/),
  rejected('a name of 1,000 characters', { name: 'n'.repeat(1000) }, /name is 1,000 characters long/),
  rejected(
    'a 1 MB description with an unclosed <a',
    { description: `<a href="x" ${'y'.repeat(KB * KB)}` },
    /description is .* characters long; it looks broken/,
  ),
  rejected(
    'a 900 KB description of unclosed <p',
    { description: '<p class=x '.repeat(90 * KB) },
    /description is .* characters long; it looks broken/,
  ),
  rejected(
    'a 900 KB description of unclosed <a',
    { description: '<a href="x" '.repeat(75 * KB) },
    /description is .* characters long/,
  ),
  rejected(
    'a 900 KB description of unclosed <script',
    { description: '<script>x'.repeat(100 * KB) },
    /description is .* characters long/,
  ),
  rejected('a 200 KB name', { name: 'n'.repeat(200 * KB) }, /name is .* characters long; it looks broken/),
  {
    name: 'JSON nested 5,000 levels deep',
    kind: 'record',
    files: [
      {
        name: 'feed.json',
        content: `[${JSON.stringify(record('good'))},{"id":"h","name":"x","extra":${nested(5000)}}]`,
      },
    ],
    expect: { ok: true, services: 1, rejected: /nests too deep/ },
  },
  kept('a 150 KB description that is mostly an inline image', {
    description: `<p>Tea</p><img src="data:image/png;base64,${'A'.repeat(150 * KB)}">`,
  }),
  kept('a description of 99,000 characters of tags', { description: '<b>a</b>'.repeat(12_000) }),
  kept('a name with a script tag', { name: '<script>window.pwned=1</script>Lunch club' }, /<script|pwned/),
  kept('a name with an img onerror', { name: 'Club <img src=x onerror="window.pwned=1">' }, /onerror|<img/),
  kept(
    'a description with an iframe',
    { description: '<iframe src="javascript:alert(1)"></iframe>Text' },
    /iframe|javascript:/,
  ),
  kept('a name with a right-to-left override inside', { name: 'Club \u202Egnp.exe' }, /\u202E/),
  kept('escaped markup stays text', { description: '&lt;script&gt;alert(1)&lt;/script&gt;' }),
  kept('a prototype-polluting key', JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')),
  kept('phones that are 99,000 digits', { contacts: [{ phones: [{ number: '1'.repeat(99_000) }] }] }),
  kept('10,000 phone numbers', {
    contacts: [{ phones: Array.from({ length: 10_000 }, (_, i) => ({ number: `0117 ${i}` })) }],
  }),
  kept('10,000 schedules', {
    regular_schedules: Array.from({ length: 10_000 }, () => ({
      weekday: 'Monday',
      opens_at: '09:00',
      closes_at: '17:00',
    })),
  }),
  kept('schedules with 99,000-character times', {
    regular_schedules: [{ weekday: 'x'.repeat(99_000), opens_at: '9'.repeat(99_000) }],
  }),
  problem(
    'coordinates as huge strings',
    { service_at_locations: [{ location: { latitude: '1'.repeat(50_000), longitude: 'x' } }] },
    /./,
  ),
  kept('ages as 1e309', { eligibilitys: [{ minimum_age: 1e308, maximum_age: '1e309' }] }),
  kept('a date of 99,000 characters', { assured_date: '2'.repeat(99_000) }),
  kept('a postcode of 99,000 characters', {
    service_at_locations: [{ location: { name: 'x', physical_addresses: [{ postal_code: 'BS1'.repeat(33_000) }] } }],
  }),
  kept('taxonomy of 20,000 terms', {
    service_taxonomys: Array.from({ length: 20_000 }, (_, i) => ({
      taxonomy: { id: String(i), name: `t${i}`, vocabulary: 'esdNeed' },
    })),
  }),
  kept('a description of 99,000 spaces and tabs', { description: ' \t'.repeat(49_000) }),
  kept('a description of 99,000 ampersands', { description: '&'.repeat(99_000) }),
  kept('a description of 90,000 "&#" fragments', { description: '&#'.repeat(45_000) }),
  kept('a description of 99,000 line breaks', { description: '\n'.repeat(99_000) }),
  kept('a cost of 99,000 characters', { cost_options: [{ amount: '9'.repeat(99_000), option: 'x'.repeat(99_000) }] }),
  kept('an attending type of 99,000 characters', { attending_type: 'a '.repeat(49_000) }),
  kept('numbers where strings belong', { name: 12345, description: 678, url: 9 }),
  kept('arrays where strings belong', { description: ['a', 'b'], email: ['x@example.org'] }),
  file(
    'the same id twice, different',
    { id: 'good' },
    { services: 1, rejected: /Another, different record already has this id/ },
  ),
];
