import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ManagedNotice } from './ManagedNotice';
import { WelcomeSection } from './WelcomeSection';

afterEach(cleanup);

describe('WelcomeSection', () => {
  it.each([
    ['Add a feed address', 'feed'],
    ['Import a file', 'files'],
    ['Import a settings file', 'settings'],
  ])('“%s” takes focus to its field', (link, target) => {
    render(
      <>
        <WelcomeSection feedInputId="feed" filesInputId="files" settingsInputId="settings" />
        {['feed', 'files', 'settings'].map((id) => (
          <input key={id} id={id} aria-label={id} />
        ))}
      </>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome to Signpost' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: link }));
    expect(document.activeElement?.id).toBe(target);
  });
});

describe('ManagedNotice', () => {
  it('is not shown without a policy', () => {
    const { container } = render(<ManagedNotice lockedCount={0} problems={[]} />);
    expect(container.textContent).toBe('');
  });

  it('says how many settings the organisation sets, and lists what it could not use', () => {
    render(<ManagedNotice lockedCount={2} problems={['Your organisation’s setting was ignored. retentionMonths …']} />);
    expect(screen.getByText(/Your organisation manages 2 of these settings\./)).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toMatch(/^Your organisation’s setting was ignored/);
  });
});
