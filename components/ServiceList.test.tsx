import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '@/utils/hooks/use-search';
import { makeService } from '@/utils/referral/draft-service.fixture';
import { FIRST_WINDOW, ServiceList } from './ServiceList';

function results(count: number, prefix: string): SearchResult[] {
  return Array.from({ length: count }, (_, i) => {
    const service = makeService({ id: `bristol:${prefix}${i}`, name: `${prefix} ${i}` });
    return { service, hit: { id: service.id, score: 1, needs: [], words: [], pinned: false }, why: [] };
  });
}

afterEach(cleanup);

describe('ServiceList', () => {
  it('renders the first cards at once and the rest of the page when the browser is idle', async () => {
    const { rerender } = render(<ServiceList results={results(25, 'First')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(25));
    // New results (the next keystroke) start windowed again, then fill in.
    rerender(<ServiceList results={results(25, 'Next')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW);
    expect(screen.getAllByRole('heading')[0]?.textContent).toContain('Next 0');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(25));
  });
});

describe('ServiceList: crowded organisations', () => {
  it('folds the records held back from the first page under "N more from …", which opens and closes them', async () => {
    const venue = (i: number, more?: number): SearchResult => {
      const service = makeService({ id: `bristol:v${i}`, name: `Session ${i}`, organisation: 'Big Venue' });
      const hit = { id: service.id, score: 1, needs: [], words: [], pinned: false, moreFromOrganisation: more };
      return { service, hit, why: [] };
    };
    const list = [venue(0), ...results(3, 'Other'), venue(1, 3), venue(2), venue(3), venue(4)];
    render(<ServiceList results={list} />);
    const toggle = screen.getByRole('button', { name: '3 more from Big Venue' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { name: 'Session 2' })).toBeNull();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Session 0',
      'Other 0',
      'Other 1',
      'Other 2',
      'Session 1',
    ]);
    toggle.click();
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
    const group = screen.getByRole('list', { name: 'More from Big Venue' });
    expect(Array.from(group.querySelectorAll('h3')).map((h) => h.textContent)).toEqual([
      'Session 2',
      'Session 3',
      'Session 4',
    ]);
    toggle.click();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Session 2' })).toBeNull());
  });
});
