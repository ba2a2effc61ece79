/**
 * The existing device's pairing offer as something to type on the new device: short code,
 * password and relay (what the QR carries, parked at the relay for the pairing's lifetime).
 */
export function TypedPairingCode(props: {
  readonly shortcode: string | null;
  readonly password: string | null;
  readonly serverUrl: string;
}) {
  const { shortcode, password, serverUrl } = props;
  if (shortcode === null || password === null) {
    return (
      <p className="muted small" data-testid="pairing-shortcode-unavailable">
        No code to type this time (the relay did not answer): use the QR code or its text.
      </p>
    );
  }
  return (
    <div className="shortcode card" role="group" aria-label="Code to type on the new device">
      <p>
        Or, on the new device, choose <strong>Type a code</strong> and enter:
      </p>
      <dl>
        <dt>Code</dt>
        <dd className="mono" data-testid="pairing-shortcode">
          {shortcode}
        </dd>
        <dt>Password</dt>
        <dd className="mono" data-testid="pairing-password">
          {password}
        </dd>
        <dt>Relay</dt>
        <dd className="mono small" data-testid="pairing-server">
          {serverUrl}
        </dd>
      </dl>
    </div>
  );
}
