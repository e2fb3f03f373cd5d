import { useId } from 'preact/hooks';
import type { RoleText } from '@/utils/explain/role-text';
import { RoleTextSections } from './RoleTextSections';

interface Props {
  text: RoleText;
  onPrintLeaflet(): void;
  /** Given only to those who may change the text; without it there is no edit link. */
  onEdit?(): void;
}

/**
 * What reception reads aloud when asked "what is a social prescribing link worker?": what they do, what they don't
 * and where to go instead, who they help and how to self-refer, in the PCN's own words.
 */
export function ExplainView({ text, onPrintLeaflet, onEdit }: Props) {
  const headingId = useId();
  return (
    <section class="explain" aria-labelledby={headingId}>
      <h2 id={headingId}>What a link worker does</h2>
      {text.pcnName && <p class="field__hint">Social prescribing at {text.pcnName}</p>}
      <RoleTextSections text={text} level={3} />
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'center' }}>
        <button type="button" class="button button--secondary" onClick={() => onPrintLeaflet()}>
          Print leaflet
        </button>
        {onEdit && (
          <button type="button" class="link-button" onClick={() => onEdit()}>
            Edit this text
          </button>
        )}
      </p>
    </section>
  );
}
