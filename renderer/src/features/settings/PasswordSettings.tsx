/** Change the password that encrypts this computer's files. */
import { useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { EMPTY_NEW_PASSWORD, NewPasswordFields, passwordProblem } from '../../ui/NewPassword';

export function PasswordSettings() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(EMPTY_NEW_PASSWORD);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setDone(false);
    const problem = current === '' ? 'Enter your current password' : passwordProblem(next);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await useSettings.getState().changePassword(current, next.password);
      setCurrent('');
      setNext(EMPTY_NEW_PASSWORD);
      setDone(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="password-title">
      <h3 id="password-title">Password</h3>
      <Field
        label="Current password"
        type="password"
        value={current}
        autoComplete="current-password"
        onChange={(e) => {
          setCurrent(e.currentTarget.value);
        }}
      />
      <NewPasswordFields
        value={next}
        onChange={setNext}
        label="New password"
        repeatLabel="Repeat new password"
      />
      <ErrorText error={error} testId="password-error" />
      {done && <p role="status">Password changed.</p>}
      <button type="submit" disabled={busy}>
        Change password
      </button>
    </form>
  );
}
