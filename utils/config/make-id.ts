/**
 * A stable id from a label ("Fit notes" → "fit-notes"), made unique against `taken` with a number. Rules and
 * profiles typed into the settings page have no id of their own, but the code that uses them keys on one.
 */
export function makeId(label: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      // Accents come apart from their letters (é → e + ´); dropping the marks keeps the letters.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
