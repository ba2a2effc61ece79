/**
 * "Type a code": the short code, password and relay the existing device shows next to its
 * pairing QR (TypedPairingCode), for when the QR cannot be scanned or pasted across.
 */
import type { SyntheticEvent } from 'react';
import { useSettings } from '../../state/settings';
import { TypedCodeFields, useTypedCode, type TypedCode } from '../../ui/TypedCodeFields';

export function JoinByShortcode(props: {
  readonly busy: boolean;
  readonly onSubmit: (code: TypedCode) => void;
}) {
  const servers = useSettings((s) => s.servers);
  const code = useTypedCode(servers[0]?.url ?? '');

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (!code.incomplete && !props.busy) props.onSubmit(code.typed);
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Join with a typed code">
      <TypedCodeFields
        code={code}
        servers={servers}
        labels={{ shortcode: 'Code', server: 'Relay' }}
        testIds={{
          shortcode: 'join-shortcode',
          password: 'join-shortcode-password',
          server: 'join-shortcode-server',
        }}
      />
      <button
        type="submit"
        className="primary"
        disabled={props.busy || code.incomplete}
        data-testid="join-shortcode-submit"
      >
        {props.busy ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
