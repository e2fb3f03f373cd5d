import { useEffect, useState } from 'preact/hooks';
import { checkFeedUrl } from '@/utils/directory/check-feed-url';
import type { ImportOutcome } from '@/utils/directory/import-directory';
import { sendMessage } from '@/utils/messaging';
import { openSidePanel } from '@/utils/open-side-panel';
import { feedUrl } from '@/utils/settings';

function outcomeText(outcome: ImportOutcome): string {
  if (!outcome.ok) return outcome.error;
  const skipped = outcome.rejected.length;
  return `Imported ${outcome.serviceCount} services${skipped ? `; ${skipped} records skipped` : ''}.`;
}

export function App() {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void feedUrl.getValue().then(setUrl);
  }, []);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const problem = checkFeedUrl(url);
    if (problem) {
      setMessage({ text: problem, error: true });
      return;
    }
    setBusy(true);
    setMessage({ text: 'Importing the directory…', error: false });
    try {
      // The background saves the address only if its import succeeds; the directory in use stays otherwise.
      const outcome = await sendMessage('refreshDirectory', { reason: 'settings', url: url.trim() });
      setMessage({ text: outcomeText(outcome), error: !outcome.ok });
    } catch {
      setMessage({
        text: 'Signpost could not start the import. Close this page, open it again and retry.',
        error: true,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="options">
      <h1>Signpost settings</h1>
      <form class="options__section" onSubmit={(event) => void save(event)}>
        <h2>Directory</h2>
        <label class="field__label" for="feed-url">
          Directory feed address
        </label>
        <p class="field__hint" id="feed-url-hint">
          An Open Referral UK feed: a JSON list of services or a paged API such as https://example.org/api/services. The
          address is kept only if its import succeeds.
        </p>
        <input
          id="feed-url"
          class="field__input"
          type="url"
          aria-describedby="feed-url-hint"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button class="button" type="submit" disabled={busy}>
          Save and import
        </button>
        <p class={message?.error ? 'notice notice--error' : 'notice'} role="status" hidden={!message}>
          {message?.text}
        </p>
      </form>
      <section class="options__section">
        <h2>Panel</h2>
        <button class="button button--secondary" type="button" onClick={() => void openSidePanel()}>
          Open the Signpost panel
        </button>
      </section>
    </main>
  );
}
