import { useEffect, useRef, useState } from 'preact/hooks';
import type { Checked, Problem } from './checked';
import { problemAt } from './checked';

/** What a settings form last said: saved (and how), or the problem that stopped it. */
export interface SaveFeedback {
  saved?: string;
  problem?: Problem;
}

/**
 * A settings form's save: checks first, names the first problem and focuses the field marked invalid, or saves
 * and says so. `formRef` goes on the form, so focus stays within it.
 */
export function useSaveStatus() {
  const [feedback, setFeedback] = useState<SaveFeedback>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // The field at fault is described by the problem, so a screen reader reads both when focus lands on it.
  useEffect(() => {
    if (feedback.problem) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [feedback.problem]);

  async function save<T>(checked: Checked<T>, onSave: (value: T) => Promise<void>, saved: string): Promise<boolean> {
    if (!checked.ok) {
      setFeedback({ problem: checked });
      return false;
    }
    setBusy(true);
    try {
      await onSave(checked.value);
      setFeedback({ saved });
      return true;
    } catch {
      setFeedback({ problem: problemAt('The settings could not be saved. Try again.') });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { feedback, busy, formRef, save, say: (saved: string) => setFeedback({ saved }) };
}
