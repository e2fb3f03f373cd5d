import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ROLE_TEXT, type RoleText } from '@/utils/explain/role-text';
import { ExplainView } from './ExplainView';

const TEXT: RoleText = {
  pcnName: 'Riverside PCN',
  intro: 'Link workers give you time.\n\nThey are part of the practice team.',
  whatTheyDo: ['Listen to what matters to you', 'Connect you with local groups'],
  whatTheyDont: [
    { item: 'Authorise repeat prescriptions', instead: 'your pharmacy' },
    { item: 'Give medical advice', instead: 'a GP or practice nurse' },
  ],
  whoTheyHelp: ['Carers'],
  howToSelfRefer: 'Fill in the form online.',
  contact: { phone: '01632 960 001', email: 'sp.team@nhs.net', selfReferralUrl: 'https://pcn.example/refer' },
};

function show(text: RoleText = TEXT, onEdit?: () => void) {
  const onPrintLeaflet = vi.fn();
  render(<ExplainView text={text} onPrintLeaflet={onPrintLeaflet} onEdit={onEdit} />);
  return { onPrintLeaflet };
}

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name });
  const parent = heading.closest('section');
  if (!parent) throw new Error(`no section for ${name}`);
  return parent;
}

afterEach(cleanup);

describe('ExplainView', () => {
  it('is a region headed "What a link worker does" with the sections in order', () => {
    show();
    expect(screen.getByRole('region', { name: 'What a link worker does' })).toBeTruthy();
    expect(screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H2 What a link worker does',
      'H3 They can help with',
      'H3 They don’t',
      'H3 Who they can help',
      'H3 How to self-refer',
      'H3 Contact',
    ]);
    expect(screen.getByText('Social prescribing at Riverside PCN')).toBeTruthy();
  });

  it('shows the intro paragraphs and each list', () => {
    show();
    expect(screen.getByText('Link workers give you time.').tagName).toBe('P');
    expect(screen.getByText('They are part of the practice team.').tagName).toBe('P');
    const help = within(section('They can help with')).getAllByRole('listitem');
    expect(help.map((li) => li.textContent)).toEqual(TEXT.whatTheyDo);
    expect(within(section('Who they can help')).getByRole('listitem').textContent).toBe('Carers');
  });

  it('says where to go instead for each thing they don’t do', () => {
    show();
    const items = within(section('They don’t')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Authorise repeat prescriptionsInstead: your pharmacy',
      'Give medical adviceInstead: a GP or practice nurse',
    ]);
  });

  it('links the contact details and the self-referral address', () => {
    show();
    expect(screen.getByRole('link', { name: '01632 960 001' }).getAttribute('href')).toBe('tel:01632960001');
    expect(screen.getByRole('link', { name: 'sp.team@nhs.net' }).getAttribute('href')).toBe('mailto:sp.team@nhs.net');
    const online = within(section('How to self-refer')).getByRole('link', { name: 'https://pcn.example/refer' });
    expect(online.getAttribute('href')).toBe('https://pcn.example/refer');
    expect(online.getAttribute('target')).toBe('_blank');
  });

  it('leaves out empty sections and the PCN line', () => {
    show({ ...TEXT, pcnName: '', whoTheyHelp: [], howToSelfRefer: '', contact: {} });
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['What a link worker does', 'They can help with', 'They don’t']);
    expect(screen.queryByText(/Social prescribing at/)).toBeNull();
  });

  it('shows text from settings as text, never as HTML, and never links a script address', () => {
    const { container } = render(
      <ExplainView
        text={{
          ...TEXT,
          intro: '<img src=x onerror="alert(1)">',
          whatTheyDo: ['<b>bold</b>'],
          contact: { selfReferralUrl: 'javascript:alert(1)' },
        }}
        onPrintLeaflet={() => {}}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('prints the leaflet from its button', () => {
    const { onPrintLeaflet } = show(DEFAULT_ROLE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Print leaflet' }));
    expect(onPrintLeaflet).toHaveBeenCalledOnce();
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('%s an edit handler, offers "Edit this text" accordingly', (_, editable) => {
    const onEdit = vi.fn();
    show(TEXT, editable ? onEdit : undefined);
    const edit = screen.queryByRole('button', { name: 'Edit this text' });
    expect(edit !== null).toBe(editable);
    if (edit) fireEvent.click(edit);
    expect(onEdit).toHaveBeenCalledTimes(editable ? 1 : 0);
  });
});
