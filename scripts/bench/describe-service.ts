import type { Random } from './random';
import type { Theme } from './themes';

/** What a description may mention about its service. */
export interface DescriptionContext {
  themes: readonly Theme[];
  /** Subject of the opening sentence: the organisation, the service or "The group". */
  who: string;
  organisation: string;
  town: string;
  place: string;
  venue: string;
  person: string;
  phone: string;
}

const MIN_WORDS = 30;
const MAX_WORDS = 80;

// Sentences any service might carry. Short ones are listed too so every description can reach MIN_WORDS without
// passing MAX_WORDS.
const GENERIC = [
  'Contact {person} ({role}) on {phone} to find out more.',
  'You can refer yourself, or ask your GP, link worker or another professional to refer you.',
  'We are a small, friendly team of staff and volunteers based in {place}.',
  'Everything is free and confidential.',
  'Refreshments are provided and the building has step-free access and an accessible toilet.',
  'Interpreters can be arranged if you let us know in advance.',
  '{org} has been running in {town} since {year}.',
  'The service covers {town} and the surrounding villages.',
  'Please ring before your first visit so we can make sure there is space.',
  'Our volunteers are trained, DBS checked and supported by {person}, our {role}.',
  'We work in partnership with local GP practices, social prescribers and the council.',
  'Parking is available nearby and the number {bus} bus stops outside.',
  'Funded by the National Lottery Community Fund.',
  'Spaces are limited, so please book ahead.',
  'Carers and family members are welcome to come along too.',
  'We’re open to anyone aged 18 or over who lives or works in {town}.',
  'Just turn up, there is no need to book.',
  'Everyone is welcome.',
  'Tea & biscuits are always on offer.',
];

// At most one of these, so a description never gives two different meeting days.
const WHEN = ['Sessions run every {day} from {time} at {venue}, {place}.', 'We meet on {day}s at {venue}.'];
const ALSO = ['We can also help with {need}.', 'Support with {need} is also available.'];

const ROLES = [
  'Community Coordinator',
  'Project Worker',
  'Volunteer Coordinator',
  'Support Worker',
  'Group Leader',
  'Development Officer',
  'Service Manager',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIMES = ['10am to 12pm', '10:30am to 12:30pm', '1pm to 3pm', '2pm to 4pm', '6:30pm to 8:30pm', '9.30am to 11am'];

/** Space-separated tokens with a letter or digit in them ("&" and "-" alone do not count). */
function countWords(sentence: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === 32) {
      counted = false;
    } else if (!counted && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) {
      counted = true;
      words++;
    }
  }
  return words;
}

// Templates split once into literal text (even indexes) and slot names (odd indexes): filling them by regular
// expression was a fifth of the time spent generating a large directory.
const parsed = new Map<string, string[]>();

function fill(random: Random, template: string, context: DescriptionContext): string {
  let parts = parsed.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    parsed.set(template, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) out += slot(random, parts[i] ?? '', context) + (parts[i + 1] ?? '');
  return out;
}

function slot(random: Random, key: string, context: DescriptionContext): string {
  switch (key) {
    case 'who':
      return context.who;
    case 'org':
      return context.organisation;
    case 'town':
      return context.town;
    case 'place':
      return context.place;
    case 'venue':
      return context.venue;
    case 'person':
      return context.person;
    case 'phone':
      return context.phone;
    case 'role':
      return random.pick(ROLES);
    case 'day':
      return random.pick(DAYS);
    case 'time':
      return random.pick(TIMES);
    case 'year':
      return String(random.int(1975, 2022));
    case 'bus':
      return String(random.int(1, 99));
    default:
      return `{${key}}`;
  }
}

/** "Debt" → "debt", but "LGBTQ+" and "ADHD" stay as they are. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

/** Sentences about the service, 30–80 words in all, led by its main theme. */
function sentences(random: Random, context: DescriptionContext): string[] {
  const [main, ...others] = context.themes;
  const out: string[] = [];
  let words = 0;
  const add = (template: string): boolean => {
    const sentence = fill(random, template, context);
    const n = countWords(sentence);
    if (words + n > MAX_WORDS) return false;
    out.push(sentence);
    words += n;
    return true;
  };
  if (main) {
    add(random.pick(main.intros));
    for (const detail of random.sample(main.details, random.int(0, 2))) add(detail);
  }
  for (const other of others) add(random.pick(ALSO).replace('{need}', lowerFirst(other.taxonomy.name)));
  if (random.chance(0.6)) add(random.pick(WHEN));
  const target = random.int(MIN_WORDS, MAX_WORDS);
  for (const generic of random.sample(GENERIC, GENERIC.length)) {
    if (words >= target) break;
    add(generic);
  }
  // Short generic sentences always fit, so a description that fell short can still reach the minimum.
  while (words < MIN_WORDS) add(random.pick(['Everyone is welcome.', 'Everything is free and confidential.']));
  return out;
}

/** Only `&` needs escaping: no template or generated name contains `<` or `>`. */
function escapeHtml(sentence: string): string {
  return sentence.includes('&') ? sentence.replace(/&/g, '&amp;') : sentence;
}

/**
 * Sprinkles `&nbsp;` where a rich-text editor would have left one, as in the Bristol feed. Works on the sentences
 * before they are joined, so each description ends up as one flat string rather than a tree of slices.
 */
function withNbsp(random: Random, parts: string[]): string[] {
  if (!random.chance(0.4)) return parts;
  for (let n = random.int(1, 3); n > 0; n--) {
    const i = random.int(0, parts.length - 1);
    const sentence = parts[i] ?? '';
    const space = sentence.indexOf(' ', random.int(0, sentence.length - 1));
    if (space >= 0) parts[i] = `${sentence.slice(0, space)}&nbsp;${sentence.slice(space + 1)}`;
  }
  return parts;
}

/**
 * An HTML description like those rich-text editors produce in ORUK feeds: `<p>` paragraphs, the odd `<br>`,
 * `<strong>` or list, `&nbsp;` and `&amp;` entities, 30–80 words of text.
 */
export function describeService(random: Random, context: DescriptionContext): string {
  const parts = withNbsp(random, sentences(random, context).map(escapeHtml));
  const style = random.int(0, 9);
  if (style < 4) return ['<p>', parts.join(' '), '</p>'].join('');
  if (style < 7) {
    const cut = Math.max(1, Math.ceil(parts.length / 2));
    return ['<p>', parts.slice(0, cut).join(' '), '</p><p>', parts.slice(cut).join(' '), '&nbsp;</p>'].join('');
  }
  if (style < 9) return ['<p>', parts.join('<br>'), '</p>'].join('');
  const [first = '', ...rest] = parts;
  const list = rest.length > 0 ? ['<ul><li>', rest.join('</li><li>'), '</li></ul>'].join('') : '';
  return ['<p><strong>', first, '</strong></p>', list].join('');
}
