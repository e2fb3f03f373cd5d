import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { normaliseRecords } from '../directory/normalise-records';
import { makeService } from '../referral/draft-service.fixture';
import { explainHit } from './explain-hit';
import { createIndexBuilder } from './index-builder';
import { createCardPacker, isWholeService, SUMMARY_LENGTH, unpackServiceCards } from './service-cards';
import { tokenise } from './tokenise';

const services = normaliseRecords(generateDirectory(120, 3), 'test').services;

describe('service cards', () => {
  it('gives back each service’s card fields, by id, across strings, in document order', () => {
    const packer = createCardPacker(50);
    for (const service of services) packer.add(service);
    const stored = packer.finish(7);
    expect(stored).toMatchObject({ id: 'cards', builtAt: 7, count: services.length, perChunk: 50 });
    expect(stored.chunks).toHaveLength(Math.ceil(services.length / 50));
    const cards = unpackServiceCards(
      stored,
      services.map((service) => service.id),
    );
    for (const service of services) {
      const card = cards.get(service.id);
      const cut = service.description.length > SUMMARY_LENGTH + 1;
      expect(card).toEqual({
        id: service.id,
        name: service.name,
        // A closed card shows only the description's start: the card keeps that, and one more character.
        description: cut ? service.description.slice(0, SUMMARY_LENGTH + 1) : service.description,
        ...(cut && { descriptionCut: true }),
        status: service.status,
        eligibility: { audiences: service.eligibility.audiences },
        needEvidence: service.needEvidence.map(({ need, field, term }) => ({ need, field, term })),
        ...(service.organisation !== undefined && { organisation: service.organisation }),
        ...(service.website !== undefined && { website: service.website }),
        ...(service.email !== undefined && { email: service.email }),
        ...(service.assuredDate !== undefined && { assuredDate: service.assuredDate }),
      });
      expect(card && isWholeService(card)).toBe(false);
      // The same card is the same object while kept, so its view need not redraw.
      expect(cards.get(service.id)).toBe(card);
    }
    expect(cards.get('test:not-there')).toBeUndefined();
  });

  it('answers a card only once its part is given, and says which parts some ids need', () => {
    const packer = createCardPacker(50);
    for (const service of services) packer.add(service);
    const stored = packer.finish(7);
    const ids = services.map((service) => service.id);
    const cards = unpackServiceCards({ perChunk: 50, chunks: [] }, ids);
    const wanted = [ids[3], ids[110], ids[60], ids[4], 'test:not-there'].map(String);
    expect(cards.partsOf(wanted)).toEqual([0, 2, 1]);
    expect(cards.get(ids[110] ?? '')).toBeUndefined();
    cards.addPart(2, stored.chunks[2] ?? '');
    expect(cards.hasPart(2)).toBe(true);
    expect(cards.hasPart(0)).toBe(false);
    expect(cards.partsOf(wanted)).toEqual([0, 1]);
    expect(cards.get(ids[110] ?? '')?.name).toBe(services[110]?.name);
    expect(cards.get(ids[3] ?? '')).toBeUndefined();
  });

  it('explains a match from the card exactly as from the whole service', () => {
    const builder = createIndexBuilder();
    builder.add(services);
    const cards = unpackServiceCards(builder.cards(1), builder.finish(1).ids);
    let beyondTheCut = 0;
    for (const service of services.slice(0, 40)) {
      // As a search's hit has them: index words this service holds (its name's, and its description's last).
      const words = tokenise(service.name).map((word) => ({ query: word, word, kind: 'exact' as const }));
      const description = tokenise(service.description).slice(-1);
      const hit = {
        id: service.id,
        score: 1,
        needs: service.needs.slice(0, 2),
        words: [...words, ...description.map((word) => ({ query: word.slice(0, 3), word, kind: 'prefix' as const }))],
        pinned: false,
      };
      const card = cards.get(service.id);
      expect(card).toBeDefined();
      if (card) expect(explainHit(card, hit)).toEqual(explainHit(service, hit));
      if (card && !tokenise(card.description).includes(description[0] ?? '')) beyondTheCut++;
    }
    // Most descriptions' last word is past what a card keeps: the card still says it is in the description.
    expect(beyondTheCut).toBeGreaterThan(20);
  });

  it('stores every card one byte a character, and reads curly quotes and dashes back as written', () => {
    const service = makeService({ id: 'test:wide', name: 'Carers’ “Café” – Ωmega', description: 'It’s free 👍' });
    const stored = createCardPacker(2);
    stored.add(service);
    const packed = stored.finish(1);
    for (const chunk of packed.chunks) expect(chunk).not.toMatch(/[\u0100-\uffff]/);
    expect(unpackServiceCards(packed, ['test:wide']).get('test:wide')).toMatchObject({
      name: service.name,
      description: service.description,
    });
  });

  it('keeps text with line breaks and quotes whole', () => {
    const service = makeService({ id: 'test:odd', name: 'A "quoted"\nname', description: 'Line one\nline two\\n' });
    const packer = createCardPacker(2);
    packer.add(makeService({ id: 'test:first' }));
    packer.add(service);
    packer.add(makeService({ id: 'test:last', name: 'Last' }));
    const cards = unpackServiceCards(packer.finish(1), ['test:first', 'test:odd', 'test:last']);
    expect(cards.get('test:odd')).toMatchObject({ name: 'A "quoted"\nname', description: 'Line one\nline two\\n' });
    expect(cards.get('test:last')?.name).toBe('Last');
  });
});
