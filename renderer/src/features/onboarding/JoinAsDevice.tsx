/**
 * "Join as a new device": a password for this computer's encrypted files first (the nickname
 * and everything else come from the existing device once paired), then the pairing QR.
 */
import { useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { useSession } from '../../state/session';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { EMPTY_NEW_PASSWORD, NewPasswordFields, passwordProblem } from '../../ui/NewPassword';
import { JoinPairing } from '../devices/JoinPairing';

export function JoinAsDevice() {
  const state = useSession((s) => s.state);
  const [deviceName, setDeviceName] = useState('');
  const [password, setPassword] = useState(EMPTY_NEW_PASSWORD);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (state === 'unlocked') {
    return (
      <section className="card stack" aria-labelledby="join-title">
        <h2 id="join-title">Pair with your existing device</h2>
        <JoinPairing
          deviceName={deviceName.trim() || undefined}
          onDone={() => {
            useSession.getState().setJoining(false);
          }}
        />
      </section>
    );
  }

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const problem = passwordProblem(password);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    const session = useSession.getState();
    session.setJoining(true);
    try {
      await session.create(deviceName.trim() || 'New device', password.password);
    } catch (err) {
      session.setJoining(false);
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="join-title">
      <h2 id="join-title">Join as a new device</h2>
      <p className="muted">
        Use Meow on this computer with the account you already have on another device.
      </p>
      <Field
        label="Name of this device"
        value={deviceName}
        maxLength={64}
        placeholder="e.g. Laptop"
        autoComplete="off"
        data-testid="join-device-name"
        onChange={(e) => {
          setDeviceName(e.currentTarget.value);
        }}
      />
      <NewPasswordFields
        value={password}
        onChange={setPassword}
        label="Password for this computer"
        testId="join-password"
      />
      <ErrorText error={error} testId="join-setup-error" />
      <button type="submit" className="primary" disabled={busy} data-testid="join-setup-submit">
        {busy ? 'Preparing…' : 'Next: scan the pairing code'}
      </button>
    </form>
  );
}
