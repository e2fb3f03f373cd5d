import { telHref } from '@/utils/directory/safe-link';
import type { SafetyTopicId } from '@/utils/needs/vocabulary-safety';
import type { SafetyNotices } from '@/utils/safety/safety-notices';
import { memo } from './memo';

interface Props {
  topics: SafetyTopicId[];
  notices: SafetyNotices;
  /** Where the topics were read: the search box or the consultation note. */
  source: 'search' | 'note';
}

/** "0808 2000 247" → "tel:08082000247"; the rest of the line stays text. */
const PHONE = /(\+?\d[\d ]{1,14}\d)/g;

function Line({ text }: { text: string }) {
  const parts = text.split(PHONE);
  return (
    <li>
      {parts.map((part, i) =>
        i % 2 === 1 && telHref(part) ? (
          <a key={part} href={telHref(part)}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </li>
  );
}

/**
 * A short, prominent notice above the results when the words point at a safety risk: the route to act on first.
 * It never replaces the results, which still show below. role="alert" announces it once when it appears; its
 * heading is an h2 (screen readers jump to it) and each phone number is a tel: link, so the Tab key reaches it.
 */
export const SafetyNotice = memo(function SafetyNotice({ topics, notices, source }: Props) {
  if (topics.length === 0) return null;
  return (
    <div class="safety-notices" data-testid="safety-notice">
      {topics.map((topic) => {
        const notice = notices[topic];
        const id = `safety-${source}-${topic}`;
        return (
          <section key={topic} class="safety-notice" role="alert" aria-labelledby={id}>
            <h2 id={id} class="safety-notice__heading">
              {notice.heading}
            </h2>
            <ul class="safety-notice__routes">
              {notice.text
                .split('\n')
                .filter((line) => line.trim())
                .map((line) => (
                  <Line key={line} text={line} />
                ))}
            </ul>
            <p class="safety-notice__source">
              {source === 'search' ? 'Shown because of the words searched.' : 'Shown because of the consultation note.'}{' '}
              Local services are listed below.
            </p>
          </section>
        );
      })}
    </div>
  );
});
