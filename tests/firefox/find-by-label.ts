import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Finds what a user would by its visible words: the form control a label names, or the button so named.
 * Puppeteer's ARIA selectors over BiDi may answer the label rather than its control, so labels are followed here.
 */
async function waitForElement(
  page: Page,
  find: (scope: string, words: string) => Element | null | undefined,
  scope: string,
  words: string,
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(find, { timeout: 20_000 }, scope, words);
  const element = handle.asElement();
  if (!element) throw new Error(`Nothing named "${words}" in ${scope}`);
  return element as ElementHandle<Element>;
}

/** The control whose label is `words` (or starts with `words…`), inside `scope` (a CSS selector). */
export function control(page: Page, words: string, scope = 'body'): Promise<ElementHandle<Element>> {
  return waitForElement(
    page,
    (within, label) =>
      ([...document.querySelectorAll(`${within} label`)] as HTMLLabelElement[]).find((l) => {
        const text = (l.textContent ?? '').trim();
        return label.endsWith('…') ? text.startsWith(label.slice(0, -1)) : text === label;
      })?.control,
    scope,
    words,
  );
}

/** The button whose visible text (or label) is exactly `words`, inside `scope`. */
export function button(page: Page, words: string, scope = 'body'): Promise<ElementHandle<Element>> {
  return waitForElement(
    page,
    (within, name) =>
      [...document.querySelectorAll(`${within} button`)].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
      ),
    scope,
    words,
  );
}

/** Types into a field as a user would, replacing what it held. */
export async function fillIn(page: Page, words: string, value: string, scope = 'body'): Promise<void> {
  const field = await control(page, words, scope);
  await field.evaluate((input) => {
    (input as HTMLInputElement).select();
  });
  await page.keyboard.press('Backspace');
  await field.type(value);
}

/** Ticks a checkbox named by its label, unless it is ticked already. */
export async function tick(page: Page, words: string, scope = 'body'): Promise<void> {
  const box = await control(page, words, scope);
  if (!(await box.evaluate((input) => (input as HTMLInputElement).checked))) await box.click();
}

/**
 * A CSS selector for the section (or fieldset) headed `title`: marks it, since CSS cannot select by heading text.
 */
export async function sectionNamed(page: Page, title: string): Promise<string> {
  const mark = title.replace(/\W+/g, '-').toLowerCase();
  await page.waitForFunction(
    (heading, name) => {
      const found = [...document.querySelectorAll('section > h2, fieldset > legend')].find(
        (h) => (h.textContent ?? '').trim() === heading,
      );
      found?.parentElement?.setAttribute('data-test-section', name);
      return Boolean(found);
    },
    { timeout: 20_000 },
    title,
    mark,
  );
  return `[data-test-section="${mark}"]`;
}
