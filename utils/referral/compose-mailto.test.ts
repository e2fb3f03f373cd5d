import { describe, expect, it } from 'vitest';
import { composeMailto } from './compose-mailto';
import { composeRecordText } from './compose-record-text';
import { makeDraft } from './make-draft.fixture';

function hrefOf(result: ReturnType<typeof composeMailto>): string {
  if (!('href' in result)) throw new Error('expected a link, got tooLong');
  return result.href;
}

function parse(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    to: url.pathname,
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
  };
}

describe('composeMailto', () => {
  it('addresses the link worker, with the full record text in a CRLF body', () => {
    const d = makeDraft();
    const mail = parse(hrefOf(composeMailto(d, 10_000)));
    expect(mail.protocol).toBe('mailto:');
    expect(mail.to).toBe('alex.linkworker@nhs.net');
    expect(mail.body.startsWith('Dear Alex Linkworker,\r\n')).toBe(true);
    expect(mail.body.replace(/\r\n/g, '\n')).toContain(composeRecordText(d));
    expect(mail.body).not.toMatch(/[^\r]\n/);
  });

  it('keeps patient details out of the subject', () => {
    const { subject } = parse(hrefOf(composeMailto(makeDraft(), 10_000)));
    expect(subject).toBe('Social prescribing referral from Example Surgery');
    expect(subject).not.toMatch(/Jane|Testpatient|9990079196|999 007 9196/);
  });

  it.each([
    ['routine', /^Social prescribing referral/],
    ['soon', /^Social prescribing referral/],
    ['urgent', /^URGENT: Social prescribing referral/],
  ] as const)('marks the subject for %s referrals', (urgency, subject) => {
    expect(parse(hrefOf(composeMailto(makeDraft({ urgency }), 10_000))).subject).toMatch(subject);
  });

  it('encodes characters that would break the URL', () => {
    const href = hrefOf(composeMailto(makeDraft({ reason: 'Rent & bills? 50% up #help' }), 10_000));
    expect(parse(href).body).toContain('Rent & bills? 50% up #help');
    expect(href.split('&')).toHaveLength(2);
  });

  it('returns the whole text instead of a cut link when the URL passes the limit', () => {
    const reason = `${'Long story about housing. '.repeat(60)}THE END`;
    const result = composeMailto(makeDraft({ reason }));
    expect(result).toMatchObject({ tooLong: true, subject: 'Social prescribing referral from Example Surgery' });
    expect('text' in result && result.text).toContain('THE END');
  });

  it('switches to tooLong exactly when the URL is longer than maxLength', () => {
    const href = hrefOf(composeMailto(makeDraft(), 10_000));
    expect(composeMailto(makeDraft(), href.length)).toEqual({ href });
    expect(composeMailto(makeDraft(), href.length - 1)).toMatchObject({ tooLong: true });
  });

  it('defaults to a 1,900-character limit', () => {
    const href = hrefOf(composeMailto(makeDraft(), 10_000));
    const padding = 'x'.repeat(1900 - href.length);
    expect('href' in composeMailto(makeDraft({ reason: makeDraft().reason + padding }))).toBe(true);
    expect('tooLong' in composeMailto(makeDraft({ reason: `${makeDraft().reason}${padding}x` }))).toBe(true);
  });
});
