import type { SaveFeedback } from '@/utils/config/use-save-status';

interface Props {
  /** Fields the problem is about point at it through this id. */
  problemId: string;
  feedback: SaveFeedback;
}

/**
 * A form's outcome: the problem as an alert, or what was saved in a polite live region. Not role="status": the
 * page keeps one status message, at its top, for the directory.
 */
export function FormFeedback({ problemId, feedback }: Props) {
  return (
    <>
      {feedback.problem && (
        <p id={problemId} class="notice notice--error" role="alert">
          {feedback.problem.problem}
        </p>
      )}
      <p aria-live="polite" class={feedback.saved ? 'notice' : undefined}>
        {feedback.saved}
      </p>
    </>
  );
}
