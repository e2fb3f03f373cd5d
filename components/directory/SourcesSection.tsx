import { useState } from 'preact/hooks';
import { SourceList } from '@/components/SourceList';
import { useDirectory } from '@/utils/hooks/use-directory';
import type { DirectoryImport } from '@/utils/hooks/use-directory-import';
import { useNow } from '@/utils/hooks/use-now';

/** Every directory source with its last import, and ways to add another feed or import files. */
export function SourcesSection({ flow }: { flow: DirectoryImport }) {
  const [extraUrl, setExtraUrl] = useState('');
  const directory = useDirectory();
  const now = useNow();

  return (
    <section class="options__section">
      <h2>Sources</h2>
      <SourceList
        sources={flow.sources}
        statuses={directory.sources ?? []}
        now={now}
        busy={flow.busy}
        onRemove={(source) => void flow.remove(source)}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (flow.importUrl(extraUrl, true)) setExtraUrl('');
        }}
      >
        <label class="field__label" for="extra-url">
          Another feed address
        </label>
        <input
          id="extra-url"
          class="field__input"
          type="url"
          value={extraUrl}
          onInput={(event) => setExtraUrl(event.currentTarget.value)}
        />
        <button class="button button--secondary" type="submit" disabled={flow.busy}>
          Add feed
        </button>
      </form>
      <label class="field__label" for="directory-files">
        Import directory files
      </label>
      <p class="field__hint" id="directory-files-hint">
        An Open Referral JSON file, the CSV files of an HSDS export (choose them all, with services.csv), or your
        practice's own spreadsheet saved as CSV.
      </p>
      <input
        id="directory-files"
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        aria-describedby="directory-files-hint"
        disabled={flow.busy}
        onChange={(event) => void flow.importFiles(event.currentTarget)}
      />
    </section>
  );
}
