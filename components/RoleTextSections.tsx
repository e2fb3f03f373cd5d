import type { ComponentChildren } from 'preact';
import { mailtoHref, telHref } from '@/utils/directory/safe-link';
import type { RoleText } from '@/utils/explain/role-text';
import { safeWebUrl } from '@/utils/explain/safe-web-url';

interface Props {
  text: RoleText;
  /** Heading level of each section: 3 under the Explain view's h2, 2 under the leaflet's h1. */
  level: 2 | 3;
  /** Replaces the self-referral link, e.g. with the leaflet's QR code. */
  selfReferral?: ComponentChildren;
}

// Long web addresses and emails must wrap rather than widen a 320 px side panel.
const WRAP = { overflowWrap: 'anywhere' } as const;

function Heading({ level, children }: { level: 2 | 3; children: ComponentChildren }) {
  return level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>;
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        // Lines may repeat, so the index keeps keys unique; the list is never reordered in place.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The body of the link worker explanation, shared by the Explain view and the printed leaflet so both always say the
 * same. Everything is rendered as text; links only for checked https, tel: and mailto: addresses.
 */
export function RoleTextSections({ text, level, selfReferral }: Props) {
  const { phone, email } = text.contact;
  const url = text.contact.selfReferralUrl ? safeWebUrl(text.contact.selfReferralUrl) : undefined;
  const selfRefer =
    selfReferral ??
    (url && (
      <p>
        Online:{' '}
        <a href={url} target="_blank" rel="noreferrer" style={WRAP}>
          {url}
        </a>
      </p>
    ));
  const paragraphs = text.intro.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {/* One wrapper so the leaflet can set the sections in two columns and keep to one sheet of A4. */}
      <div class="role-text__sections">
        <section>
          <Heading level={level}>They can help with</Heading>
          <List items={text.whatTheyDo} />
        </section>
        <section>
          <Heading level={level}>They don’t</Heading>
          <ul>
            {text.whatTheyDont.map((dont, index) => (
              <li key={index}>
                <strong>{dont.item}</strong>
                <br />
                Instead: {dont.instead}
              </li>
            ))}
          </ul>
        </section>
        {text.whoTheyHelp.length > 0 && (
          <section>
            <Heading level={level}>Who they can help</Heading>
            <List items={text.whoTheyHelp} />
          </section>
        )}
        {(text.howToSelfRefer || selfRefer) && (
          <section>
            <Heading level={level}>How to self-refer</Heading>
            {text.howToSelfRefer && <p>{text.howToSelfRefer}</p>}
            {selfRefer}
          </section>
        )}
        {(phone || email) && (
          <section>
            <Heading level={level}>Contact</Heading>
            {phone && <p>Phone: {telHref(phone) ? <a href={telHref(phone)}>{phone}</a> : phone}</p>}
            {email && (
              <p>
                Email:{' '}
                {mailtoHref(email) ? (
                  <a href={mailtoHref(email)} style={WRAP}>
                    {email}
                  </a>
                ) : (
                  email
                )}
              </p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
