import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { makeDraft } from '@/utils/referral/make-draft.fixture';
import type { ReferralDraft } from '@/utils/referral/referral';
import { DEFAULT_SCOPE_RULES } from '@/utils/referral/scope-guard';
import { ReferralForm, type ReferralFormProps } from './ReferralForm';

/** A draft with nothing typed in yet: the referrer and date come from settings, so they stay. */
export const EMPTY_DRAFT: ReferralDraft = makeDraft({
  patient: { nhsNumber: '', name: '', dateOfBirth: '' },
  needs: [],
  services: [],
  reason: '',
  consent: { referral: false, sharing: false, contact: [] },
  linkWorker: { name: '' },
});

export const LINK_WORKERS: ReferralFormProps['linkWorkers'] = [
  { name: 'Alex Linkworker', email: 'alex.linkworker@nhs.net', organisation: 'Example PCN' },
  { name: 'Bo Helper', email: 'bo.helper@nhs.net', organisation: 'Example PCN' },
];

type Options = Partial<Omit<ReferralFormProps, 'draft' | 'onChange'>> & { draft?: ReferralDraft };

/** Renders the form holding its draft in state, as the panel will, and returns the spies and the latest draft. */
export function showForm(options: Options = {}) {
  const { draft: initial = makeDraft(), ...rest } = options;
  const props = {
    match: { kind: 'none' } as ReferralFormProps['match'],
    suggestedNeeds: [],
    scopeRules: DEFAULT_SCOPE_RULES,
    linkWorkers: LINK_WORKERS,
    onDeliver: vi.fn<ReferralFormProps['onDeliver']>(),
    onClear: vi.fn(),
    onResolveMismatch: vi.fn<NonNullable<ReferralFormProps['onResolveMismatch']>>(),
    ...rest,
  };
  const state = { draft: initial };
  function Harness(overrides: Partial<ReferralFormProps>) {
    const [draft, setDraft] = useState(initial);
    const onChange = (next: ReferralDraft) => {
      state.draft = next;
      setDraft(next);
    };
    return <ReferralForm {...props} {...overrides} draft={draft} onChange={onChange} />;
  }
  const view = render(<Harness />);
  const rerender = (overrides: Partial<ReferralFormProps>) => view.rerender(<Harness {...overrides} />);
  return { ...props, state, rerender };
}
