import { describe, expect, it } from 'vitest';
import { makeService } from './draft-service.fixture';
import { draftShareText } from './draft-share-text';

describe('draftShareText', () => {
  it('starts with the name and who runs it, then each fact under its heading', () => {
    const text = draftShareText(makeService());
    expect(text.split('\n\n')).toEqual([
      'Money Advice Drop-in\nRun by Example Citizens Advice',
      'What it is:\nFree, confidential help with debts, bills and benefits.',
      'How to get in touch:\nPhone 0117 496 0000\nEmail help@example.org\nhttps://example.org/money',
      'How it works:\nYou can contact them yourself. You can just turn up. They help you in person, by phone.',
      'When:\nMondays 10:00–12:00',
      'Where:\nCentral Library, College Green, Bristol, BS1 5TL',
      'Cost:\nFree',
    ]);
  });

  it.each([
    ['the same as the name', 'Money Advice Drop-in'],
    ['missing', undefined],
  ])('does not repeat an organisation that is %s', (_, organisation) => {
    expect(draftShareText(makeService({ organisation })).split('\n')[1]).toBe('');
  });
});
