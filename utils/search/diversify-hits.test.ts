import { describe, expect, it } from 'vitest';
import { diversifyHits } from './diversify-hits';

const ranked = (docs: number[]) => docs.map((doc) => ({ doc }));

describe('diversifyHits', () => {
  // Documents 0–5 belong to organisation 1 (one venue, many sessions), 6–9 to others, 10 has none.
  const organisationOf = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 0];

  it('gives one organisation at most two of the first places and moves the rest just below them', () => {
    const { ordered, heldBack } = diversifyHits(ranked([0, 1, 2, 3, 6, 7, 4, 8, 5, 9, 10]), organisationOf, 6, 2);
    expect(ordered.map((r) => r.doc)).toEqual([0, 1, 6, 7, 8, 9, 2, 3, 4, 5, 10]);
    // Counted on the organisation's last record shown, for "4 more from …".
    expect(heldBack).toEqual(new Map([[1, 4]]));
  });

  it('leaves a varied ranking untouched', () => {
    const list = ranked([6, 0, 7, 1, 8, 9, 10]);
    expect(diversifyHits(list, organisationOf, 6, 2).ordered).toBe(list);
  });

  it('never holds back services without an organisation', () => {
    const noOrganisation = [0, 0, 0, 0];
    expect(diversifyHits(ranked([0, 1, 2, 3]), noOrganisation, 3, 1).ordered.map((r) => r.doc)).toEqual([0, 1, 2, 3]);
  });
});
