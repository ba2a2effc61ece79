/** Unlock the identity on this computer with its password. */
import { useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { useSession } from '../../state/session';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';

export function Unlock() {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    if (password === '') return;
    setBusy(true);
    setError(null);
    try {
      await useSession.getState().unlock(password);
    } catch (err) {
      // The password stays in the box: a typo is easier to fix than to retype.
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-title">
      <h2 id="unlock-title">Unlock Meow</h2>
      <Field
        label="Password"
        type="password"
        value={password}
        autoComplete="current-password"
        autoFocus
        data-testid="unlock-password"
        onChange={(e) => {
          setPassword(e.currentTarget.value);
        }}
      />
      <ErrorText error={error} testId="unlock-error" />
      <button
        type="submit"
        className="primary"
        disabled={busy || password === ''}
        data-testid="unlock-submit"
      >
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
