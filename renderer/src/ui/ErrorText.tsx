/** An error line, announced to screen readers. Renders nothing when there is no error. */
export function ErrorText({ error, testId = 'error' }: { error: string | null; testId?: string }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}
