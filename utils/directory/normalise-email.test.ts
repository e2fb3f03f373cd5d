import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './normalise-email';

function run(value: unknown) {
  const problems: string[] = [];
  const email = normaliseEmail(value, (field, reason) => problems.push(`${field}: ${reason}`));
  return { email, problems };
}

describe('normaliseEmail', () => {
  it.each([
    ['contact@example.org', 'contact@example.org'],
    ['\u00A0spot@thecareforum.org.uk', 'spot@thecareforum.org.uk'],
    ['mailto:info@example.co.uk', 'info@example.co.uk'],
    ['employment.support@example.org.uk.', 'employment.support@example.org.uk'],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, email) => {
    expect(run(value)).toEqual({ email, problems: [] });
  });

  it.each(['call us', 'name@', '@example.org', 'a@b', 'two@at@example.org', 'a b@example.org'])(
    'reports and drops %j',
    (value) => {
      expect(run(value)).toEqual({
        email: undefined,
        problems: [`email: The email "${value}" does not look like an email address, so it was left out.`],
      });
    },
  );

  it.each(['help@example.org?cc=boss@evil.example', 'mailto:help@example.org?subject=Urgent', 'a@example.org&body=x'])(
    'reports mail headers in %j and leaves the address out',
    (value) => {
      expect(run(value)).toEqual({
        email: undefined,
        problems: [`email: The email "${value}" carries mail headers (such as ?cc= or ?subject=), so it was left out.`],
      });
    },
  );
});
