import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '@/utils/hooks/use-search';
import { makeService } from '@/utils/referral/draft-service.fixture';
import { FIRST_WINDOW, ServiceList } from './ServiceList';

function results(count: number, prefix: string): SearchResult[] {
  return Array.from({ length: count }, (_, i) => {
    const service = makeService({ id: `bristol:${prefix}${i}`, name: `${prefix} ${i}` });
    return { service, hit: { id: service.id, score: 1, needs: [], words: [], pinned: false }, why: [] };
  });
}

/** A stand-in IntersectionObserver whose marker the test scrolls into view. */
function fakeObserver() {
  const callbacks: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
  class Observer {
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return { scrollToEnd: () => act(() => callbacks.at(-1)?.([{ isIntersecting: true }])) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ServiceList', () => {
  it('draws the first cards at once and more as the reader scrolls to the end of them', () => {
    const observer = fakeObserver();
    const { rerender } = render(<ServiceList results={results(25, 'First')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW);
    observer.scrollToEnd();
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW + 8);
    // New results (the next keystroke) start windowed again.
    rerender(<ServiceList results={results(25, 'Next')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW);
    expect(screen.getAllByRole('heading')[0]?.textContent).toContain('Next 0');
  });

  it('draws the next card when the down arrow leaves the last one drawn, and moves focus to it', () => {
    fakeObserver();
    render(<ServiceList results={results(25, 'Key')} />);
    const toggles = () => screen.getAllByRole('button', { name: /^Key \d+$/ });
    toggles()[FIRST_WINDOW - 1]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(FIRST_WINDOW);
    expect(document.activeElement?.textContent).toBe(`Key ${FIRST_WINDOW}`);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    expect(document.activeElement?.textContent).toBe('Key 24');
  });

  it('without an IntersectionObserver, draws the rest when the browser is idle', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<ServiceList results={results(25, 'Idle')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_WINDOW);
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
