/** A relay's address and, optionally, the fingerprint its operator published. */
import { Field } from '../../ui/Field';

export interface RelayAddress {
  readonly url: string;
  readonly fingerprint: string;
}

export const EMPTY_RELAY_ADDRESS: RelayAddress = { url: '', fingerprint: '' };

export function RelayAddressFields({
  value,
  onChange,
  testIds,
}: {
  value: RelayAddress;
  onChange: (next: RelayAddress) => void;
  testIds: { url: string; fingerprint: string };
}) {
  return (
    <>
      <Field
        label="Relay address"
        type="url"
        value={value.url}
        placeholder="https://relay.example"
        data-testid={testIds.url}
        onChange={(e) => {
          onChange({ ...value, url: e.currentTarget.value });
        }}
      />
      <Field
        label="Fingerprint (optional)"
        value={value.fingerprint}
        placeholder="3f2a 91c0 …"
        hint="As the relay's operator published it: Meow refuses the relay if its key does not match."
        data-testid={testIds.fingerprint}
        onChange={(e) => {
          onChange({ ...value, fingerprint: e.currentTarget.value });
        }}
      />
    </>
  );
}

/** The fingerprint to check, or undefined when none was typed. */
export function typedFingerprint(value: RelayAddress): string | undefined {
  return value.fingerprint.trim() || undefined;
}
