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

  it('states the whole answer’s size and each card’s place while only the first results are read', () => {
    render(<ServiceList results={results(5, 'Read')} size={25} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.getAttribute('aria-setsize'))).toEqual(Array(5).fill('25'));
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4', '5']);
  });
});
