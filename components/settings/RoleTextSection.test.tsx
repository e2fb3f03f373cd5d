import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TEXT } from '@/utils/explain/role-text';
import { RoleTextSection } from './RoleTextSection';

afterEach(cleanup);

describe('RoleTextSection', () => {
  it('opens the editor on request, so the page keeps one status line until then', () => {
    render(<RoleTextSection value={DEFAULT_ROLE_TEXT} onSave={async () => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What a link worker does' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Edit the link worker text' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect((screen.getByLabelText('What a link worker is') as HTMLTextAreaElement).value).toBe(DEFAULT_ROLE_TEXT.intro);
  });

  it('when set by the organisation, shows the text read-only', () => {
    render(<RoleTextSection value={DEFAULT_ROLE_TEXT} locked onSave={async () => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the link worker text' }));
    expect((screen.getByLabelText('What a link worker is') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });
});
