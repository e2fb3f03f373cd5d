const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame', 'lady', 'lord']);

/**
 * Initials for the referral log, where the full name must not appear: "Jane Mary Smith" → "JMS".
 * Reads the clinical-system form "SMITH, Jane (Mrs)" as given name then family name, drops titles, and takes one
 * letter per hyphenated part ("Anne-Marie O'Neil" → "AMO").
 */
export function initialsOf(name: string): string {
  const withoutBrackets = name.replace(/\([^)]*\)/g, ' ');
  const [family, ...given] = withoutBrackets.split(',');
  const ordered = given.length > 0 ? `${given.join(' ')} ${family}` : withoutBrackets;
  return ordered
    .split(/[\s-]+/)
    .filter((word) => !TITLES.has(word.replace(/\./g, '').toLowerCase()))
    .map((word) => /\p{L}/u.exec(word)?.[0] ?? '')
    .join('')
    .toLocaleUpperCase('en-GB');
}
