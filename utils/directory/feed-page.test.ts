import { describe, expect, it } from 'vitest';
import { parseFeedPage } from './feed-page';

describe('parseFeedPage', () => {
  it('reads a bare array as one page of ORUK v1', () => {
    expect(parseFeedPage([{ id: 'a' }])).toEqual({ format: 'oruk-v1', records: [{ id: 'a' }], page: 1, totalPages: 1 });
  });

  it('reads an ORUK v1 page envelope', () => {
    const page = parseFeedPage({
      totalElements: 3,
      totalPages: 2,
      number: 1,
      size: 2,
      first: true,
      last: false,
      content: [1, 2],
    });
    expect(page).toEqual({ format: 'oruk-v1', records: [1, 2], page: 1, totalPages: 2 });
  });

  it('reads an ORUK 3.0 page envelope', () => {
    const page = parseFeedPage({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [1],
    });
    expect(page).toEqual({ format: 'oruk-3.0', records: [1], page: 1, totalPages: 1 });
  });

  it('tolerates an envelope that omits its paging fields', () => {
    expect(parseFeedPage({ content: [] })).toEqual({ format: 'oruk-v1', records: [], page: 1, totalPages: 1 });
  });

  it.each([
    [null, 'The feed is not a list of services.'],
    ['text', 'The feed is not a list of services.'],
    [{ services: [] }, 'The feed is JSON but has no list of services ("content" or "contents").'],
  ])('rejects %j in plain words', (json, message) => {
    expect(() => parseFeedPage(json)).toThrow(message);
  });
});
