import { DEMO_SITE_PROFILE } from './demo-site-profile';
import { pageDocuments } from './frame-documents';
import { selectVisible } from './read-profile';
import { matchingProfile, type SiteProfile } from './site-profile';
import { controlValue, isFreeText } from './visible-text';

const FREE_TEXT = 'textarea, [contenteditable]';

/** Free-text regions not inside another: an editor's nested editable parts are read with it. */
function outermost(elements: Element[]): Element[] {
  const regions = elements.filter(isFreeText);
  const chosen = new Set(regions);
  return regions.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement)
      if (chosen.has(parent)) return false;
    return true;
  });
}

/**
 * The consultation note on the page, for suggesting needs: the profile's `note` element when `url` matches a
 * profile that has one, else every visible textarea and contenteditable region (in frames too), outermost only.
 * An empty string when there is none. Never logged.
 */
export function readConsultationText(
  doc: Document = document,
  profiles: readonly SiteProfile[] = [DEMO_SITE_PROFILE],
  url: string = doc.URL,
): string {
  const page = pageDocuments(doc);
  const selector = matchingProfile(profiles, url)?.selectors.note;
  const profiled = selector ? selectVisible(page.documents, selector) : [];
  const elements = profiled.length > 0 ? profiled : outermost(selectVisible(page.documents, FREE_TEXT));
  return elements
    .map((element) => {
      const reader = page.documents.find(({ doc: owner }) => owner === element.ownerDocument)?.reader;
      return (controlValue(element) ?? reader?.text(element) ?? '').trim();
    })
    .filter(Boolean)
    .join('\n\n');
}
