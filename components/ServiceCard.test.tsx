import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeService } from '@/utils/referral/draft-service.fixture';
import type { ServiceSummary } from '@/utils/search/service-cards';

const read = vi.hoisted(() => ({ whole: vi.fn() }));
vi.mock('@/utils/hooks/preload-search', () => ({ wholeService: read.whole }));

const { ServiceCard } = await import('./ServiceCard');

/** A card drawn from its summary: no phones, places or times until the row is read. */
function summary(): ServiceSummary {
  const { id, name, description, status, eligibility, needEvidence } = makeService({
    id: 'bristol:1',
    name: 'Debt help',
  });
  return { id, name, description, status, eligibility: { audiences: eligibility.audiences }, needEvidence };
}

afterEach(() => {
  cleanup();
  read.whole.mockReset();
});

describe('ServiceCard drawn from its summary', () => {
  it('says so in plain words when the rest of the service cannot be read as its details open', async () => {
    read.whole.mockRejectedValue(new Error('IndexedDB went away'));
    render(<ServiceCard service={summary()} />);
    fireEvent.click(screen.getByRole('button', { name: /Debt help/ }));
    expect(await screen.findByText(/could not be read/)).toBeTruthy();
  });

  it('shows the details once the whole service is read', async () => {
    read.whole.mockResolvedValue(makeService({ id: 'bristol:1', name: 'Debt help' }));
    render(<ServiceCard service={summary()} />);
    fireEvent.click(screen.getByRole('button', { name: /Debt help/ }));
    expect(screen.getByText('Reading the details…')).toBeTruthy();
    expect(await screen.findByText(/Phone|Call/)).toBeTruthy();
  });

  it('shows the whole description once the service is read, when the card held only its start', async () => {
    const long = `${'Friendly advice on money and debt for everyone. '.repeat(8)}The end of the description.`;
    read.whole.mockResolvedValue(makeService({ id: 'bristol:1', name: 'Debt help', description: long }));
    const card = { ...summary(), description: long.slice(0, 221), descriptionCut: true as const };
    render(<ServiceCard service={card} />);
    const shown = () => document.querySelector('.service-card__summary')?.textContent ?? '';
    expect(shown()).toMatch(/^Friendly advice.*[a-z]…$/);
    fireEvent.click(screen.getByRole('button', { name: /Debt help/ }));
    // Until the rest is read, still the cut summary, never a description that stops mid-word without saying so.
    expect(shown()).toMatch(/^Friendly advice.*[a-z]…$/);
    await vi.waitFor(() => expect(shown()).toBe(long));
  });
});
