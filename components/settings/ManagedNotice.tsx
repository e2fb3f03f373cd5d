interface Props {
  lockedCount: number;
  problems: string[];
}

/** Says the organisation manages some settings, and what in its policy Signpost could not use. */
export function ManagedNotice({ lockedCount, problems }: Props) {
  if (lockedCount === 0 && problems.length === 0) return null;
  return (
    <div class={problems.length > 0 ? 'notice notice--warning' : 'notice'}>
      {lockedCount > 0 && (
        <p style={{ margin: 0 }}>
          {`Your organisation manages ${lockedCount === 1 ? 'one of these settings' : `${lockedCount} of these settings`}. `}
          They are marked “Set by your organisation” and cannot be changed here.
        </p>
      )}
      {problems.length > 0 && (
        <>
          <p style={{ margin: 0 }}>Some of your organisation’s settings could not be used. Tell your IT team:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
