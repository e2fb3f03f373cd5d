import { describe, expect, it } from 'vitest';
import { normaliseDescription } from './normalise-description';

function run(value: unknown) {
  const problems: string[] = [];
  const description = normaliseDescription(value, (field, reason) => problems.push(`${field}: ${reason}`));
  return { description, problems };
}

describe('normaliseDescription', () => {
  it.each([
    [undefined, ''],
    ['<p>Weekly group</p>', 'Weekly group'],
    ['x'.repeat(20_000), 'x'.repeat(20_000)],
  ])('keeps %#', (value, description) => {
    expect(run(value)).toEqual({ description, problems: [] });
  });

  it('cuts at the last space before 20,000 characters', () => {
    const { description, problems } = run(`${'a'.repeat(19_990)} ${'b'.repeat(50)}`);
    expect(description).toBe(`${'a'.repeat(19_990)}…`);
    expect(problems).toEqual(['description: The description is 20,041 characters long, so it was cut to 20,000.']);
  });

  it('cuts mid-word when there is no space near the limit', () => {
    expect(run('c'.repeat(30_000)).description).toBe(`${'c'.repeat(20_000)}…`);
  });
});
