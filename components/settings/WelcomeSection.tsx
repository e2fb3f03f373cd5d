interface Props {
  /** Ids of the fields each choice leads to. */
  feedInputId: string;
  filesInputId: string;
  settingsInputId: string;
  /** Imports the bundled demo directory (fictional services), to try Signpost before a real feed is set. */
  onTryDemo?(): void;
  doc?: Document;
}

const CHOICES = [
  { key: 'feed', text: 'Add a feed address', why: 'if your council or ICB publishes its directory online.' },
  { key: 'files', text: 'Import a file', why: 'an Open Referral file, an HSDS export or your practice spreadsheet.' },
  { key: 'settings', text: 'Import a settings file', why: 'if your PCN has set Signpost up already.' },
] as const;

/**
 * First run: nothing to search yet. Each choice is a link to its field; following it moves focus there too, since
 * a link to a field scrolls but does not focus it.
 */
export function WelcomeSection({ feedInputId, filesInputId, settingsInputId, onTryDemo, doc = document }: Props) {
  const target = { feed: feedInputId, files: filesInputId, settings: settingsInputId };
  return (
    <section class="options__section" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Signpost</h2>
      <p>Signpost needs a directory of local services before it can search. Choose how to start:</p>
      <ul>
        {CHOICES.map((choice) => (
          <li key={choice.key}>
            <a
              href={`#${target[choice.key]}`}
              onClick={(event) => {
                const field = doc.getElementById(target[choice.key]);
                if (!field) return;
                event.preventDefault();
                field.scrollIntoView?.({ block: 'center' });
                field.focus();
              }}
            >
              {choice.text}
            </a>
            : {choice.why}
          </li>
        ))}
      </ul>
      {onTryDemo && (
        <p>
          <button type="button" class="button button--secondary" onClick={onTryDemo}>
            Try the demo directory
          </button>{' '}
          12 fictional services around Kendal, to see how Signpost works. Remove it once your own directory is in.
        </p>
      )}
    </section>
  );
}
