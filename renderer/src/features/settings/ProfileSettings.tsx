/** Nickname, status line and picture (resized to at most 256 px, stored as a PNG data URL). */
import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { resizeToPng } from '../../lib/image';
import { profileAvatar, useSettings, type ProfilePatch } from '../../state/settings';
import { Avatar } from '../../ui/Avatar';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export function ProfileSettings() {
  const fileId = useId();
  const profile = useSettings((s) => s.profile);
  const [nickname, setNickname] = useState(profile?.nickname ?? '');
  const [status, setStatus] = useState(profile?.status ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // Fill the form once the profile arrives (never over what the user is typing).
  const loaded = profile !== null;
  useEffect(() => {
    if (!loaded) return;
    const p = useSettings.getState().profile;
    setNickname((v) => v || (p?.nickname ?? ''));
    setStatus((v) => v || (p?.status ?? ''));
  }, [loaded]);

  const run = async (patch: ProfilePatch): Promise<void> => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await useSettings.getState().updateProfile(patch);
      setSaved(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const save = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (nickname.trim() === '') {
      setError('Choose a nickname');
      return;
    }
    void run({ nickname: nickname.trim(), status: status.trim() });
  };

  const choosePicture = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      const dataUrl = await resizeToPng(file);
      const id = newId();
      await run({ avatars: [{ id, dataUrl }], defaultAvatar: id });
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form className="card stack" onSubmit={save} aria-labelledby="profile-title">
      <h3 id="profile-title">Profile</h3>
      <div className="row">
        <Avatar name={nickname || '?'} image={profileAvatar(profile)} size={64} />
        <div className="field">
          <label htmlFor={fileId}>Picture</label>
          <input
            id={fileId}
            type="file"
            accept="image/*"
            data-testid="avatar-file"
            onChange={(e) => void choosePicture(e.currentTarget.files?.[0])}
          />
        </div>
      </div>
      <Field
        label="Nickname"
        value={nickname}
        maxLength={64}
        data-testid="profile-nickname"
        onChange={(e) => {
          setNickname(e.currentTarget.value);
        }}
      />
      <Field
        label="Status"
        value={status}
        maxLength={140}
        data-testid="profile-status"
        onChange={(e) => {
          setStatus(e.currentTarget.value);
        }}
      />
      <ErrorText error={error} testId="profile-error" />
      {saved && (
        <p role="status" className="muted">
          Saved.
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        Save profile
      </button>
    </form>
  );
}
