/** First start: choose a nickname and the password that encrypts everything on this computer. */
import { PASSWORD_MIN_LENGTH } from '@meow/contract';
import { useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { useSession } from '../../state/session';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { EMPTY_NEW_PASSWORD, NewPasswordFields, passwordProblem } from '../../ui/NewPassword';

export function CreateIdentity() {
  const [nickname, setNickname] = useState('');
  const [password, setPassword] = useState(EMPTY_NEW_PASSWORD);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const problem = nickname.trim() === '' ? 'Choose a nickname' : passwordProblem(password);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useSession.getState().create(nickname.trim(), password.password);
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
      <NewPasswordFields
        value={password}
        onChange={setPassword}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. It cannot be recovered if you forget it.`}
        testId="create-password"
      />
      <ErrorText error={error} testId="create-error" />
      <button type="submit" className="primary" disabled={busy} data-testid="create-submit">
        {busy ? 'Creating…' : 'Create identity'}
      </button>
    </form>
  );
}
