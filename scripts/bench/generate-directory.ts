import { describeService } from './describe-service';
import { dramaPhone } from './drama-phone';
import { makeLocations } from './make-locations';
import { type GeneratedOrganisation, makeOrganisation } from './make-organisation';
import { makeSchedules } from './make-schedules';
import { names } from './names';
import { Random, type Weighted } from './random';
import { THEMES, type Theme } from './themes';
import { TOWNS } from './towns';

const THEME_WEIGHTS: readonly Weighted<Theme>[] = THEMES.map((theme) => [theme, theme.weight]);

const ATTENDING_TYPES: readonly Weighted<string>[] = [
  ['', 25],
  ['Venue', 35],
  ['Phone', 8],
  ['Online', 6],
  ['Home visit', 4],
  ['Venue, Phone', 8],
  ['Venue, Online', 6],
  ['Phone, Online', 5],
  ['Venue, Home visit', 3],
];
const ATTENDING_ACCESS: readonly Weighted<string>[] = [
  ['', 30],
  ['Self referral', 30],
  ['Professional referral', 15],
  ['Drop-in', 20],
  ['Appointment', 5],
];
const FEES: readonly Weighted<string>[] = [
  ['', 60],
  ['Free', 15],
  ['Free of charge', 5],
  ['£2 per session', 6],
  ['£3.50 including refreshments', 4],
  ['Donations welcome', 6],
  ['Membership £10 a year', 4],
];
const OTHER_STATUSES = ['inactive', 'temporarily closed', 'defunct'];
const ELIGIBILITY = ['Adults', 'Older people', 'Families', 'Carers', 'Young people', 'Anyone', 'Women', 'Men'];
const LANGUAGES = ['Polish', 'Urdu', 'Arabic', 'Somali', 'Punjabi', 'Bengali', 'Romanian', 'Gujarati', 'Farsi'];
const FALLBACK_AUDIENCES = ['Mental Health', 'Older People', 'Disabled People', 'Carers'];
const NAME_SUFFIXES = ['Together', 'Connect', 'Matters', 'Circle', 'Friends', 'Voices', 'Club', 'Network'];

// Day numbers since 1970-01-01 bounding the feed's history: created 2019–2024, last changed by Sept 2025.
const FIRST_DAY = 17897;
const LAST_CREATED = 20088;
const LAST_DAY = 20361;

const isoDays: string[] = [];
function isoDate(day: number): string {
  // Formatting dates is the slowest part of a record; there are only ~2,500 distinct days, so cache them.
  isoDays[day] ??= new Date(day * 86_400_000).toISOString().slice(0, 10);
  return isoDays[day];
}

function serviceName(random: Random, head: string, org: string, town: string, place: string, venue: string): string {
  const pattern = random.int(0, 9);
  if (pattern < 2) return `${place} ${head}`;
  if (pattern === 2) return `${head} - ${town}`;
  if (pattern === 3) return `${org} ${head}`;
  if (pattern === 4) return org;
  if (pattern === 5) return `${head} at ${venue}`;
  if (pattern === 6) return head;
  if (pattern === 7) return `${head} (${place})`;
  return `${place} ${random.pick(NAME_SUFFIXES)}`;
}

/** Sets `minimum_age`/`maximum_age` on the services that state them (absent, not null, on the rest). */
function setAges(random: Random, theme: Theme, record: Record<string, unknown>): void {
  let min: number | undefined;
  let max: number | undefined;
  if (theme.ages && random.chance(0.8)) {
    min = theme.id === 'older-people' ? random.pick([50, 55, 60, 65]) : theme.ages.min;
    max = theme.ages.max;
  } else if (random.chance(0.15)) {
    min = 18;
  }
  if (min !== undefined) record.minimum_age = min;
  if (max !== undefined) record.maximum_age = max;
}

function audiences(random: Random, themes: readonly Theme[]): Record<string, unknown>[] {
  if (!random.chance(0.55)) return [];
  const pool = themes.length === 1 ? (themes[0]?.audiences ?? []) : [...new Set(themes.flatMap((t) => t.audiences))];
  const picked = random.sample(pool.length > 0 ? pool : FALLBACK_AUDIENCES, random.int(1, 3));
  // The Bristol feed has trailing spaces on about half its audience tags.
  return picked.map((audience) => ({ audienceType: random.chance(0.4) ? `${audience} ` : audience }));
}

function makeService(random: Random, orgs: readonly GeneratedOrganisation[]): Record<string, unknown> {
  const org = random.skewed(orgs, 1.6);
  const main = org.focus && random.chance(0.6) ? org.focus : random.weighted(THEME_WEIGHTS);
  const second = random.chance(0.3) ? random.weighted(THEME_WEIGHTS) : undefined;
  const themes = second && second !== main ? [main, second] : [main];
  const town = random.chance(0.85) ? org.town : random.pick(TOWNS);
  const place = names.place(random);
  const venue = names.venue(random, place);
  const name = serviceName(random, random.pick(main.names), org.record.name, town.name, place, venue);
  const phone = dramaPhone(random, town);
  const who = random.weighted<string>([
    [org.record.name, 4],
    [name, 3],
    [random.pick(['This service', 'The group', 'Our team', 'The project']), 3],
  ]);
  const person = names.person(random);
  const description = describeService(random, {
    themes,
    who,
    organisation: org.record.name,
    town: town.name,
    place,
    venue,
    person,
    phone,
  });
  const attendingType = random.weighted(ATTENDING_TYPES);
  const created = random.int(FIRST_DAY, LAST_CREATED);
  const modified = Math.min(LAST_DAY, created + random.int(0, 900));
  const assured = random.chance(0.8) ? modified : random.int(created, modified);
  const path = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const record: Record<string, unknown> = {
    id: random.uuid(),
    name,
    description,
    url: random.chance(0.85) ? `${org.record.url}/services/${path}` : '',
    email: random.chance(0.75) ? `${random.pick(['info', 'hello', 'admin', 'enquiries'])}@${org.domain}` : '',
    status: random.chance(0.97) ? 'active' : random.pick(OTHER_STATUSES),
    fees: random.weighted(FEES),
    accreditations: '',
    deliverable_type: '',
    attending_type: attendingType,
    attending_access: random.weighted(ATTENDING_ACCESS),
    pc_attendingAccess_additionalInfo: '',
    assured_date: isoDate(assured),
    organization: org.record,
    pc_metadata: {
      date_created: isoDate(created),
      date_modified: isoDate(modified),
      date_assured: isoDate(assured),
      assured_by: 'redacted@example.org',
    },
    pc_targetAudience: audiences(random, themes),
    service_at_locations: makeLocations(
      random,
      town,
      place,
      venue,
      !/Venue|Home/.test(attendingType) && attendingType !== '',
    ),
    regular_schedules: random.chance(0.7) ? makeSchedules(random) : [],
    contacts: random.chance(0.9)
      ? [{ id: random.uuid(), name: person, title: '', phones: [{ id: random.uuid(), number: phone, language: '' }] }]
      : [],
    eligibilitys: random.chance(0.3) ? [{ id: random.uuid(), eligibility: random.pick(ELIGIBILITY) }] : [],
    languages: random.chance(0.25)
      ? [
          { id: random.uuid(), language: 'English' },
          { id: random.uuid(), language: random.pick(LANGUAGES) },
        ]
      : [],
    service_taxonomys: random.chance(0.2)
      ? themes.map((theme) => ({
          id: random.uuid(),
          taxonomy: { id: theme.taxonomy.id, name: theme.taxonomy.name, vocabulary: 'esdNeed', parent: null },
        }))
      : [],
  };
  setAges(random, main, record);
  return record;
}

/**
 * `count` ORUK v1 *detail* service records (full: locations, schedules, phones…), deterministic for a seed. They
 * look like the Bristol feed's (HTML descriptions with `&nbsp;`, audience tags with trailing spaces, organisation
 * objects, `pc_metadata` dates) and cover 44 social-prescribing needs across ~55 English towns, with invented
 * place, person and organisation names so a large directory has a realistic long tail of rare words.
 */
export function generateDirectory(count: number, seed = 1): Record<string, unknown>[] {
  const random = new Random(seed);
  // About three services per organisation, a few big ones with many (skewed pick in makeService).
  const orgs = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, () => makeOrganisation(random));
  return Array.from({ length: count }, () => makeService(random, orgs));
}

/** The directory as ORUK v1 list pages of `pageSize` (pages from 1), each as the JSON a feed would send. */
export function feedPages(records: Record<string, unknown>[], pageSize: number): string[] {
  const total = Math.ceil(records.length / pageSize);
  return Array.from({ length: total }, (_, i) =>
    JSON.stringify({
      totalElements: records.length,
      totalPages: total,
      number: i + 1,
      size: pageSize,
      first: i === 0,
      last: i === total - 1,
      content: records.slice(i * pageSize, (i + 1) * pageSize),
    }),
  );
}
