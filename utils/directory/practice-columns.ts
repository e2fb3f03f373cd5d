/** The columns of a practice spreadsheet (docs/practice-spreadsheet.md), one service a row. */
export const PRACTICE_COLUMNS = [
  'id',
  'name',
  'organisation',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'postcode',
  'days',
  'opens',
  'closes',
  'min_age',
  'max_age',
  'audiences',
  'cost',
  'how_to_access',
  'attendance',
  'needs',
  'notes',
  'active',
] as const;

/** A practice spreadsheet column. */
export type PracticeColumn = (typeof PRACTICE_COLUMNS)[number];

/** Other headings people give the same column, written as `headerKey` leaves them. */
const ALIASES: Record<string, PracticeColumn> = {
  'service name': 'name',
  service: 'name',
  organization: 'organisation',
  provider: 'organisation',
  'web site': 'website',
  web: 'website',
  url: 'website',
  'web address': 'website',
  'e mail': 'email',
  'email address': 'email',
  telephone: 'phone',
  tel: 'phone',
  'phone number': 'phone',
  'telephone number': 'phone',
  'post code': 'postcode',
  'postal code': 'postcode',
  'opening days': 'days',
  'opening time': 'opens',
  'opens at': 'opens',
  'closing time': 'closes',
  'closes at': 'closes',
  'minimum age': 'min_age',
  'maximum age': 'max_age',
  audience: 'audiences',
  'who for': 'audiences',
  fees: 'cost',
  price: 'cost',
  access: 'how_to_access',
  'how to refer': 'how_to_access',
  attending: 'attendance',
  need: 'needs',
  'needs met': 'needs',
  note: 'notes',
  comments: 'notes',
  reference: 'id',
  ref: 'id',
  running: 'active',
  status: 'active',
};

/** A heading reduced to lower-case words, so "Post Code", "post_code" and " POST-CODE " compare equal. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const CANONICAL = new Map<string, PracticeColumn>([
  ...PRACTICE_COLUMNS.map((column): [string, PracticeColumn] => [headerKey(column), column]),
  ...Object.entries(ALIASES),
]);

/** The practice column a spreadsheet heading means, or undefined for a heading we do not use. */
export function practiceColumn(header: string): PracticeColumn | undefined {
  return CANONICAL.get(headerKey(header));
}
