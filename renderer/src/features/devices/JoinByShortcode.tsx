/**
 * "Type a code": the short code, password and relay the existing device shows next to its
 * pairing QR (TypedPairingCode), for when the QR cannot be scanned or pasted across.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useSettings } from '../../state/settings';
import { Field } from '../../ui/Field';

export interface TypedCode {
  readonly shortcode: string;
  readonly password: string;
  readonly serverUrl: string;
}

export function JoinByShortcode(props: {
  readonly busy: boolean;
  readonly onSubmit: (code: TypedCode) => void;
}) {
  const servers = useSettings((s) => s.servers);
  const listId = useId();
  const [shortcode, setShortcode] = useState('');
  const [password, setPassword] = useState('');
  const [serverUrl, setServerUrl] = useState(servers[0]?.url ?? '');
  const typed = {
    shortcode: shortcode.trim(),
    password: password.trim(),
    serverUrl: serverUrl.trim(),
  };
  const incomplete = typed.shortcode === '' || typed.password === '' || typed.serverUrl === '';

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (!incomplete && !props.busy) props.onSubmit(typed);
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Join with a typed code">
      <Field
        label="Code"
        value={shortcode}
        autoComplete="off"
        spellCheck={false}
        data-testid="join-shortcode"
        onChange={(e) => {
          setShortcode(e.currentTarget.value);
        }}
      />
      <Field
        label="Password"
        value={password}
        autoComplete="off"
        spellCheck={false}
        data-testid="join-shortcode-password"
        onChange={(e) => {
          setPassword(e.currentTarget.value);
        }}
      />
      <Field
        label="Relay"
        type="url"
        value={serverUrl}
        list={listId}
        placeholder="https://relay.example"
        data-testid="join-shortcode-server"
        onChange={(e) => {
          setServerUrl(e.currentTarget.value);
        }}
      />
      <datalist id={listId}>
        {servers.map((s) => (
          <option key={s.url} value={s.url} />
        ))}
      </datalist>
      <button
        type="submit"
        className="primary"
        disabled={props.busy || incomplete}
        data-testid="join-shortcode-submit"
      >
        {props.busy ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
