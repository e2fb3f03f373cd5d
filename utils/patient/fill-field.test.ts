import { afterEach, describe, expect, it } from 'vitest';
import { fillField, trackLastField } from './fill-field';

afterEach(() => {
  document.body.innerHTML = '';
});

function focusIn(element: Element): void {
  (element as HTMLElement).focus();
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

describe('fillField', () => {
  it.each([
    [
      'a textarea',
      '<textarea aria-label="Note">Seen today.</textarea>',
      'REFERRAL\nNHS 1',
      'Note',
      'Seen today.\nREFERRAL\nNHS 1',
    ],
    ['a labelled input', '<label for="f">Summary</label><input id="f" value="">', 'REFERRAL', 'Summary', 'REFERRAL'],
    [
      'a one-line input, on one line',
      '<input type="search" name="q" value="x">',
      'REFERRAL\n\nNHS 1',
      'q',
      'x REFERRAL NHS 1',
    ],
  ])('appends to %s and names it', (_, html, text, label, value) => {
    document.body.innerHTML = html;
    const field = document.querySelector('textarea, input') as HTMLInputElement;
    expect(fillField(field, text)).toEqual({ ok: true, field: label });
    expect(field.value).toBe(value);
  });

  it('appends to a rich-text editor', () => {
    document.body.innerHTML = '<div contenteditable="true">Carer.</div>';
    const editor = document.querySelector('div') as HTMLElement;
    // happy-dom does not compute isContentEditable; a browser does.
    Object.defineProperty(editor, 'isContentEditable', { value: true });
    expect(fillField(editor, 'REFERRAL')).toEqual({ ok: true, field: 'the text field' });
    expect(editor.textContent).toBe('Carer.\nREFERRAL');
  });

  it.each([
    ['a read-only textarea', '<textarea readonly></textarea>'],
    ['a disabled input', '<input disabled>'],
    ['a checkbox', '<input type="checkbox">'],
    ['a button', '<button>Save</button>'],
  ])('refuses %s', (_, html) => {
    document.body.innerHTML = html;
    expect(fillField(document.body.firstElementChild, 'REFERRAL')).toEqual({
      ok: false,
      message: 'Click in the text field on the page where the referral should go, then try again.',
    });
  });

  it('tells the page, as typing would', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const heard: string[] = [];
    document.body.addEventListener('input', () => heard.push('input'));
    document.body.addEventListener('change', () => heard.push('change'));
    fillField(document.querySelector('textarea'), 'REFERRAL');
    expect(heard).toEqual(['input', 'change']);
  });
});

describe('trackLastField', () => {
  it('remembers the last text field focused, not a button clicked after it', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><input id="b"><button>Go</button>';
    const last = trackLastField(document);
    expect(last()).toBeNull();
    focusIn(document.getElementById('a') as Element);
    focusIn(document.getElementById('b') as Element);
    focusIn(document.querySelector('button') as Element);
    expect(last()?.id).toBe('b');
  });

  it('forgets a field removed from the page', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const last = trackLastField(document);
    focusIn(document.querySelector('textarea') as Element);
    document.body.innerHTML = '';
    expect(last()).toBeNull();
  });

  it('follows focus into a same-origin frame to the field focused there', async () => {
    document.body.innerHTML = '<iframe srcdoc="<textarea aria-label=&quot;Journal&quot;></textarea>"></iframe>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }));
    const inner = frame.contentDocument?.querySelector('textarea');
    if (!inner) throw new Error('the frame did not load');
    const last = trackLastField(document);
    focusIn(document.body.appendChild(document.createElement('textarea')));
    inner.focus();
    // As in Chromium: no focus event reaches this document, whose active element becomes the frame.
    Object.defineProperty(document, 'activeElement', { configurable: true, get: () => frame });
    let field: Element | null = null;
    try {
      field = last();
    } finally {
      Reflect.deleteProperty(document, 'activeElement');
    }
    expect(field).toBe(inner);
    expect(fillField(field, 'REFERRAL')).toEqual({ ok: true, field: 'Journal' });
    expect(inner.value).toBe('REFERRAL');
  });
});
