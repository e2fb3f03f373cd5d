import type { Random } from './random';

// Place-name parts; combined they give thousands of English-looking names (Ashcombe, Thornleigh, Holmbridge…), and
// with a middle part tens of thousands, which is what gives a big directory its long tail of rare words.
const STARTS = (
  'Ash Birch Black Brad Bram Brook Burn Cal Chad Chester Clay Cold Crow Dal Down Eden Elm Fair Fern Fox Glen Gold ' +
  'Green Hal Hart Hazel High Holm Hun Ken King Lang Lark Lea Lin Long Lyn Mar Mel Mill Moor Nether New Nor Oak Old ' +
  'Pen Pol Rad Raven Red Rock Ros Rye Salt Sand Shaw Shel Shir Silver Stan Stock Ston Sud Sut Thorn Thur Wal War ' +
  'Wen West Whit Wick Wil Win Wood Wor Wy Yar Bex Cam Dun Els Fen Gran Harl Kirk Lud Mal Nut Ock Pres Ship Tad Ux ' +
  'Ver Ab Al Ayl Bar Bed Bil Bow Cran Cul Dray Ever Fal Gos Ham Hen Ilk Ket Lox Map Mor Orm Pax Quar Sher Tor Ul'
).split(' ');
const MIDDLES = 'ing er en s ham ley lis ton'.split(' ');
const ENDS = (
  'ley ton ham field ford bury combe worth wood well dale by thorpe stead wick mere brook hurst den bridge stow ' +
  'minster cote hall holme shaw gate lands moor side cliffe croft haven hill port stone wold ridge leigh marsh ' +
  'chester cester bourne burgh wich'
).split(' ');

const FIRST_NAMES = (
  'Alex Sam Jo Chris Sarah Emma Claire Rachel Helen Laura Kate Amy Lucy Hannah Sophie Charlotte Rebecca Jessica ' +
  'Olivia Amelia Isla Ava Mia Grace Ruby Ella Poppy Freya Zara Aisha Fatima Maryam Priya Anjali Sunita Mei Ling ' +
  'Joanna Agnieszka Katarzyna Ana Maria Sofia Chloe Megan Bethan Siobhan Niamh Eileen Margaret Jean Pauline Sue ' +
  'Linda Karen Julie Tracey Dawn Nicola Lisa Michelle Angela Joy David John Paul Mark Andrew James Michael Peter ' +
  'Steve Richard Tom Dan Matt Ben Jack Harry Oliver George Noah Leo Arthur Oscar Theo Alfie Mohammed Ahmed Omar ' +
  'Yusuf Bilal Hassan Tariq Imran Raj Arjun Vikram Sanjay Kwame Kofi Tunde Femi Chidi Marek Piotr Tomasz Luca ' +
  'Mateo Ravi Gareth Rhys Dylan Callum Euan Kieran Declan Sean Liam Wayne Gary Keith Colin Trevor Graham Brian'
).split(' ');

const SURNAMES = (
  'Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts ' +
  'Green Hall Wood Jackson Clarke Patel Khan Begum Ali Ahmed Singh Kaur Okafor Mensah Nowak Kowalski Murphy Kelly ' +
  "O'Brien Campbell Stewart Hughes Edwards Lewis Harris Martin Cooper King Baker Hill Turner Morris Ward Moore"
).split(' ');

const STREET_TYPES =
  'Road Road Road Street Street Lane Lane Avenue Close Way Grove Crescent Terrace Drive Walk Place Gardens Hill Row'.split(
    ' ',
  );
const COMMON_STREETS = (
  'High Street|Church Road|Station Road|Victoria Road|Park Lane|Mill Lane|London Road|Queens Road|Kings Road|' +
  'Albert Road|Church Street|Market Place|North Street|South Street|West Street|New Road|School Lane'
).split('|');

const SAINTS = (
  'Mary John Peter Paul Michael Andrew George Luke Mark James Stephen Matthew Barnabas Aidan Anne Margaret ' +
  'Nicholas Thomas Bartholomew Chad Alban Werburgh Augustine Francis Hilda Cuthbert Edmund Lawrence'
).split(' ');

/** A place name: mostly from a few thousand common forms, sometimes a rarer three-part one. */
function placeName(random: Random): string {
  const start = random.skewed(STARTS, 1.5);
  if (random.chance(0.35)) return `${start}${random.pick(MIDDLES)}${random.pick(ENDS)}`;
  return `${start}${random.skewed(ENDS, 1.5)}`;
}

/** A person's first name. */
function firstName(random: Random): string {
  return random.skewed(FIRST_NAMES, 1.3);
}

/** A surname: a common one, or a place-derived one (Ashworth, Thornton) as many English surnames are. */
function surname(random: Random): string {
  return random.chance(0.5) ? random.skewed(SURNAMES, 1.5) : placeName(random);
}

/** A full name, e.g. "Priya Ashworth". */
function personName(random: Random): string {
  return `${firstName(random)} ${surname(random)}`;
}

/** A street, e.g. "Thornleigh Road" or "High Street". */
function streetName(random: Random): string {
  if (random.chance(0.2)) return random.pick(COMMON_STREETS);
  return `${placeName(random)} ${random.pick(STREET_TYPES)}`;
}

/** A saint's name for church halls and the like. */
function saint(random: Random): string {
  return random.pick(SAINTS);
}

/** A venue where community groups meet, in a given neighbourhood. */
function venueName(random: Random, place: string): string {
  const kind = random.int(0, 13);
  switch (kind) {
    case 0:
      return `St ${saint(random)}'s Church Hall`;
    case 1:
      return `${surname(random)} House`;
    case 2:
      return `The ${random.pick(['Hub', 'Beacon', 'Lighthouse', 'Junction', 'Orchard', 'Meeting Place'])}`;
    default:
      return `${place} ${random.pick(VENUE_KINDS)}`;
  }
}

const VENUE_KINDS = [
  'Community Centre',
  'Community Centre',
  'Library',
  'Methodist Church',
  'Baptist Church',
  'Village Hall',
  'Family Hub',
  'Leisure Centre',
  'Health Centre',
  'Primary School',
  'Mosque',
  'Park Café',
  'Children’s Centre',
  'Scout Hut',
];

/** Generators of English-looking proper nouns: places, people, streets and venues. */
export const names = {
  place: placeName,
  first: firstName,
  surname,
  person: personName,
  street: streetName,
  saint,
  venue: venueName,
} as const;
