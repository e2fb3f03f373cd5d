import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingsFile, SettingsImportOutcome } from '@/utils/config/settings-file';
import { SettingsTransferSection } from './SettingsTransferSection';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function choose(text: string, name = 'settings.json'): void {
  const input = screen.getByLabelText('Import settings file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

function show(outcome: SettingsImportOutcome, lockedCount = 0) {
  const onImport = vi.fn(async (_text: string) => outcome);
  const onExport = vi.fn(async () => ({ signpostSettings: 1, refreshHours: 24 }) as unknown as SettingsFile);
  render(<SettingsTransferSection onExport={onExport} onImport={onImport} lockedCount={lockedCount} />);
  return { onImport, onExport };
}

describe('SettingsTransferSection', () => {
  it('exports the settings as a dated JSON download', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:settings';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    show({ ok: true, applied: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^signpost-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual({ signpostSettings: 1, refreshHours: 24 });
    expect(await screen.findByText(/^Exported signpost-settings-.*never patient details\.$/)).toBeTruthy();
  });

  it('lists every problem in a file and says nothing was changed', async () => {
    const problems = ['refreshHours must be one of 1, 6, 12, 24, 72, 168.', 'fhirEndpoint must start with https://'];
    const { onImport } = show({ ok: false, problems });
    choose('{"signpostSettings":1}');
    const alert = await screen.findByRole('alert');
    expect(onImport).toHaveBeenCalledWith('{"signpostSettings":1}');
    expect(alert.textContent).toMatch(/^Nothing was changed/);
    expect(Array.from(alert.querySelectorAll('li'), (item) => item.textContent)).toEqual(problems);
  });

  it('says how many settings a good file brought, and that the organisation’s were kept', async () => {
    show({ ok: true, applied: ['practice', 'linkWorkers'] }, 1);
    choose('{}', 'riverside.json');
    expect(
      await screen.findByText(
        'Imported 2 settings from riverside.json. Settings your organisation sets were kept as they are.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
