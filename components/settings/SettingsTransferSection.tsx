import { useId, useState } from 'preact/hooks';
import { downloadJson } from '@/utils/config/download-json';
import type { SettingsFile, SettingsImportOutcome } from '@/utils/config/settings-file';
import { settingsFileName } from '@/utils/config/settings-file';
import { SettingsSection } from './SettingsSection';

interface Props {
  onExport(): Promise<SettingsFile>;
  /** Checks and applies a file's text: all of it, or nothing. */
  onImport(text: string): Promise<SettingsImportOutcome>;
  /** How many settings the organisation sets; an import leaves them as they are. */
  lockedCount?: number;
  /** The id the welcome section's "Import a settings file" link points at. */
  inputId?: string;
}

type Outcome = { kind: 'done' | 'error'; text: string } | { kind: 'problems'; problems: string[] };

/** Moves the practice's settings between browsers as one JSON file, with no patient data in it. */
export function SettingsTransferSection({ onExport, onImport, lockedCount = 0, inputId }: Props) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const fileId = inputId ?? `${id}-file`;

  async function exportFile(): Promise<void> {
    setBusy(true);
    try {
      const name = settingsFileName();
      downloadJson(name, await onExport());
      setOutcome({ kind: 'done', text: `Exported ${name}. It holds settings only, never patient details.` });
    } catch {
      setOutcome({ kind: 'error', text: 'The settings could not be exported. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const result = await onImport(await file.text());
      if (!result.ok) setOutcome({ kind: 'problems', problems: result.problems });
      else {
        const kept = lockedCount > 0 ? ' Settings your organisation sets were kept as they are.' : '';
        setOutcome({ kind: 'done', text: `Imported ${result.applied.length} settings from ${file.name}.${kept}` });
      }
    } catch {
      setOutcome({ kind: 'error', text: 'The file could not be read. Nothing was changed.' });
    } finally {
      input.value = '';
      setBusy(false);
    }
  }

  return (
    <SettingsSection title="Import and export settings">
      <p>
        Export saves these settings to a file, to set up another computer or share with the practices in your PCN.
        Patient details and referrals are never in it.
      </p>
      <button type="button" class="button button--secondary" disabled={busy} onClick={() => void exportFile()}>
        Export settings
      </button>
      <label class="field__label" for={fileId} style={{ marginTop: '16px' }}>
        Import settings file
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        A file Signpost exported. It is checked first: if anything in it is wrong, nothing is changed.
      </p>
      <input
        id={fileId}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(event) => void importFile(event.currentTarget)}
      />
      {outcome?.kind === 'problems' && (
        <div class="notice notice--error" role="alert">
          <p style={{ margin: 0 }}>Nothing was changed. The file has these problems:</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === 'error' && (
        <p class="notice notice--error" role="alert">
          {outcome.text}
        </p>
      )}
      <p aria-live="polite" class={outcome?.kind === 'done' ? 'notice' : undefined}>
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
    </SettingsSection>
  );
}
