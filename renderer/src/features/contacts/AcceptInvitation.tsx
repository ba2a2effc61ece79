/** Accept an invitation: its text (pasted, scanned, from a picture) or short code + password. */
import { useState, type SyntheticEvent } from 'react';
import type { CommandArgs } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { useContacts } from '../../state/contacts';
import { useNavigation } from '../../state/navigation';
import { useSettings } from '../../state/settings';
import { getApi } from '../../transport/api';
import { CodeInput } from '../../ui/CodeInput';
import { ErrorText } from '../../ui/ErrorText';
import { TypedCodeFields, useTypedCode } from '../../ui/TypedCodeFields';

async function accept(args: CommandArgs<'invitations.accept'>): Promise<void> {
  const { peerUid } = await getApi().commands['invitations.accept'](args);
  await useContacts.getState().load();
  useNavigation.getState().openChat(peerUid);
}

function ShortcodeForm() {
  const servers = useSettings((s) => s.servers);
  const code = useTypedCode(servers[0]?.url ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await accept(code.typed);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label="Accept with a short code">
      <TypedCodeFields
        code={code}
        servers={servers}
        labels={{ shortcode: 'Short code', server: 'Their server' }}
        testIds={{
          shortcode: 'accept-shortcode',
          password: 'accept-password',
          server: 'accept-server',
        }}
      />
      <ErrorText error={error} testId="accept-error" />
      <button
        type="submit"
        className="primary"
        disabled={busy || code.incomplete}
        data-testid="accept-submit"
      >
        {busy ? 'Accepting…' : 'Accept invitation'}
      </button>
    </form>
  );
}

export function AcceptInvitation() {
  const [mode, setMode] = useState<'code' | 'shortcode'>('code');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const acceptText = (text: string): void => {
    setBusy(true);
    setError(null);
    accept({ text }).then(
      () => {
        setBusy(false);
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };

  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label="What did you receive?">
        <button
          type="button"
          aria-pressed={mode === 'code'}
          onClick={() => {
            setMode('code');
          }}
        >
          QR code or text
        </button>
        <button
          type="button"
          aria-pressed={mode === 'shortcode'}
          data-testid="accept-mode-shortcode"
          onClick={() => {
            setMode('shortcode');
          }}
        >
          Short code and password
        </button>
      </div>
      {mode === 'code' ? (
        <>
          <CodeInput
            label="Invitation"
            submitLabel="Accept invitation"
            busy={busy}
            onSubmit={acceptText}
            testId="accept-code"
          />
          <ErrorText error={error} testId="accept-error" />
        </>
      ) : (
        <ShortcodeForm />
      )}
    </div>
  );
}
