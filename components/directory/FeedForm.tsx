import { useEffect, useState } from 'preact/hooks';
import type { SettingsValues } from '@/utils/config/setting-validators';
import { useSetting } from '@/utils/config/use-setting';

interface Props {
  managed: Partial<SettingsValues>;
  busy: boolean;
  onImport(address: string): void;
}

/** The main directory feed's address; saved by the background only once its import succeeds. */
export function FeedForm({ managed, busy, onImport }: Props) {
  const feed = useSetting('feedUrl', managed);
  const [url, setUrl] = useState(feed.value);
  // A saved address (an import here, a policy, a settings file) replaces whatever is typed.
  useEffect(() => setUrl(feed.value), [feed.value]);

  return (
    <form
      class="options__section"
      onSubmit={(event) => {
        event.preventDefault();
        onImport(url);
      }}
    >
      <h2>Directory</h2>
      {feed.locked && <p class="notice">Set by your organisation. The main feed address cannot be changed here.</p>}
      <label class="field__label" for="feed-url">
        Directory feed address
      </label>
      <p class="field__hint" id="feed-url-hint">
        An Open Referral UK feed: a JSON list of services, a paged API such as https://example.org/api/services, or a
        CSV. The address is kept only if its import succeeds.
      </p>
      <input
        id="feed-url"
        class="field__input"
        type="url"
        aria-describedby="feed-url-hint"
        value={url}
        readOnly={feed.locked}
        onInput={(event) => setUrl(event.currentTarget.value)}
      />
      <button class="button" type="submit" disabled={busy || feed.locked}>
        Save and import
      </button>
    </form>
  );
}
