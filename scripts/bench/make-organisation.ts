import { names } from './names';
import type { Random } from './random';
import { THEMES, type Theme } from './themes';
import type { Town } from './towns';
import { TOWNS } from './towns';

/** An organisation and what its services inherit from it. */
export interface GeneratedOrganisation {
  /** The ORUK v1 `organization` object. */
  record: { id: string; name: string; description: string; url: string; logo: string; uri: string };
  town: Town;
  /** The need most of its services are about, when its name says so (Age UK → older people). */
  focus?: Theme;
  /** Host name for its website and email addresses. */
  domain: string;
}

const BY_ID = new Map(THEMES.map((theme) => [theme.id, theme]));

// National brands with local branches, as in real directories; the rest are local groups with invented names.
const BRANCHES: readonly (readonly [pattern: string, focus?: string])[] = [
  ['Age UK {town}', 'older-people'],
  ['Citizens Advice {town}', 'advice'],
  ['{town} Mind', 'mental-health'],
  ['Carers Support Centre {town}', 'carers'],
  ['{town} Foodbank', 'food'],
  ['{town} Council for Voluntary Service', 'volunteering'],
  ['{town} City Council'],
  ['Alzheimer’s Society {town}', 'dementia'],
  ['{town} Recovery Service', 'alcohol-drugs'],
  ['NHS {town} Talking Therapies', 'mental-health'],
];
const KINDS = [
  'Community Trust',
  'Community Association',
  'Action Group',
  'Neighbourhood Network',
  'Community Partnership',
  'Development Trust',
  'Wellbeing Collective',
  'Residents Association',
  'Community Interest Company',
];
const SINCE = ['registered charity', 'community interest company', 'volunteer-led group', 'community organisation'];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function organisationName(random: Random, town: Town): { name: string; focus?: Theme } {
  const kind = random.int(0, 9);
  if (kind < 2) {
    const [pattern, focus] = random.pick(BRANCHES);
    return { name: pattern.replace('{town}', town.name), focus: focus ? BY_ID.get(focus) : undefined };
  }
  const place = names.place(random);
  if (kind < 5) return { name: `${place} ${random.pick(KINDS)}` };
  if (kind === 5) return { name: `Friends of ${place} Park`, focus: BY_ID.get('gardening') };
  if (kind === 6) return { name: `St ${names.saint(random)}’s Church, ${place}` };
  if (kind === 7)
    return { name: random.chance(0.5) ? `The ${names.surname(random)} Trust` : `${names.surname(random)} Foundation` };
  const focus = random.pick(THEMES);
  return { name: `${place} ${random.pick(focus.names)}`, focus };
}

/** One organisation based in a town, with an ORUK v1 `organization` record. */
export function makeOrganisation(random: Random): GeneratedOrganisation {
  const town = random.skewed(TOWNS, 1.3);
  const { name, focus } = organisationName(random, town);
  const domain = `${slug(name)}.example.org`;
  const description =
    `${name} is a ${random.pick(SINCE)} working with people and communities across ${town.name} since ` +
    `${random.int(1970, 2021)}.\nWe bring people together, offer practical support and help them find better ways ` +
    'of doing things.';
  return {
    record: { id: random.uuid(), name, description, url: `https://www.${domain}`, logo: '', uri: '' },
    town,
    focus,
    domain,
  };
}
