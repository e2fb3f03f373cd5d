import { describe, expect, it } from 'vitest';
import { normaliseWebsite } from './normalise-website';

function run(value: unknown) {
  const problems: string[] = [];
  const website = normaliseWebsite(value, (field, reason) => problems.push(`${field}: ${reason}`));
  return { website, problems };
}

describe('normaliseWebsite', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['HTTP://Example.org/Path', 'http://example.org/Path'],
    ['www.samaritans.org/branches/bristol/', 'https://www.samaritans.org/branches/bristol/'],
    ['example.org:8080/x', 'https://example.org:8080/x'],
    [' kateartereft.com ', 'https://kateartereft.com/'],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, website) => {
    expect(run(value)).toEqual({ website, problems: [] });
  });

  it.each([
    ['javascript:alert(1)', 'url: The website "javascript:alert(1)" is not an http(s) address, so it was left out.'],
    ['mailto:a@example.org', 'url: The website "mailto:a@example.org" is not an http(s) address, so it was left out.'],
    ['ftp://example.org', 'url: The website "ftp://example.org" is not an http(s) address, so it was left out.'],
    [
      'Warmley Community Centre',
      'url: The website "Warmley Community Centre" is not a web address, so it was left out.',
    ],
    ['localhost', 'url: The website "localhost" is not a web address, so it was left out.'],
    ['https://exa mple.org', 'url: The website "https://exa mple.org" is not a web address, so it was left out.'],
  ])('reports and drops %j', (value, problem) => {
    expect(run(value)).toEqual({ website: undefined, problems: [problem] });
  });

  it.each(['https://trusted.example@other.example/', 'https://user:pass@example.org'])(
    'reports %j, whose user name disguises where it goes',
    (value) => {
      expect(run(value)).toEqual({
        website: undefined,
        problems: [`url: The website "${value}" hides its real address behind a user name, so it was left out.`],
      });
    },
  );
});

describe('the fast path for plain addresses', () => {
  it.each([
    'https://www.ageuk.org.uk',
    'http://example.org/services/lunch-club',
    'https://a-b.example.co.uk/path/to/page.html',
    'https://example.org/a/./b',
    'https://example.org/a/../b',
    'https://example.org/a/..',
    'https://example.org/.../x',
    'https://example.org//double',
    'https://example.org/x/',
    'https://1.2.3',
    'https://xn--bcher-kva.example',
    'https://example.org./x',
    'https://Example.org/Path',
    'https://-lead.example.org/_x~',
  ])('gives what the URL parser gives for %s', (value) => {
    expect(run(value)).toEqual({ website: new URL(value).href, problems: [] });
  });
});
