/** First start: choose a nickname and the password that encrypts everything on this computer. */
import { useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { useSession } from '../../state/session';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';

export const MIN_PASSWORD = 8;

/** A problem with the chosen password (null when it is acceptable). */
export function passwordProblem(password: string, repeat: string): string | null {
  if (password.length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters`;
  if (password !== repeat) return 'The passwords do not match';
  return null;
}

export function CreateIdentity() {
  const [nickname, setNickname] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const problem =
      nickname.trim() === '' ? 'Choose a nickname' : passwordProblem(password, repeat);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useSession.getState().create(nickname.trim(), password);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="create-title">
      <h2 id="create-title">Create your identity</h2>
      <p className="muted">
        Your keys and messages stay on this computer, encrypted with your password.
      </p>
      <Field
        label="Nickname"
        value={nickname}
        maxLength={64}
        autoComplete="nickname"
        data-testid="create-nickname"
        onChange={(e) => {
          setNickname(e.currentTarget.value);
        }}
      />
      <Field
        label="Password"
        type="password"
        value={password}
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters. It cannot be recovered if you forget it.`}
        data-testid="create-password"
        onChange={(e) => {
          setPassword(e.currentTarget.value);
        }}
      />
      <Field
        label="Repeat password"
        type="password"
        value={repeat}
        autoComplete="new-password"
        data-testid="create-password-repeat"
        onChange={(e) => {
          setRepeat(e.currentTarget.value);
        }}
      />
      <ErrorText error={error} testId="create-error" />
      <button type="submit" className="primary" disabled={busy} data-testid="create-submit">
        {busy ? 'Creating…' : 'Create identity'}
      </button>
    </form>
  );
}
