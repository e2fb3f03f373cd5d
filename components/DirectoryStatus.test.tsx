import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceStatus } from '@/utils/db/schema';
import { DirectoryStatus } from './DirectoryStatus';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 27, 12);

function status(overrides: Partial<SourceStatus> = {}): SourceStatus {
  return {
    id: 'feed',
    url: 'https://feed.test',
    importedAt: NOW - 3 * HOUR,
    serviceCount: 817,
    rejected: [],
    ...overrides,
  };
}

function show(s: SourceStatus | undefined, online = true) {
  render(<DirectoryStatus status={s} online={online} refreshing={false} now={NOW} onRefresh={() => {}} />);
}

afterEach(cleanup);

describe('DirectoryStatus', () => {
  it('says how many services and how fresh', () => {
    show(status());
    expect(screen.getByText(/817 services · updated 3 hours ago/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when the directory is over a week old', () => {
    show(status({ importedAt: NOW - 8 * 24 * HOUR }));
    expect(screen.getByText(/over a week old/)).toBeTruthy();
  });

  it('explains a failed refresh and that the saved directory is still in use', () => {
    show(status({ lastError: 'The directory feed at https://feed.test answered 503.' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'The directory feed at https://feed.test answered 503. Still using the directory saved on 27 November 2026.',
    );
  });

  it('says when there is nothing saved to fall back on', () => {
    show(status({ importedAt: undefined, serviceCount: 0, lastError: 'Could not reach the directory feed.' }));
    expect(screen.getByRole('alert').textContent).toContain('There is no saved directory to fall back on yet.');
    expect(screen.getByText(/No directory yet/)).toBeTruthy();
  });

  it('says when it is offline', () => {
    show(status(), false);
    expect(screen.getByRole('status').textContent).toContain('You are offline');
  });
});

describe('DirectoryStatus, when the panel itself fails', () => {
  it('shows the failure as an alert', () => {
    render(
      <DirectoryStatus
        status={undefined}
        online
        refreshing={false}
        error="Signpost could not read the directory saved on this computer."
        now={NOW}
        onRefresh={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Signpost could not read the directory saved on this computer.');
  });
});
