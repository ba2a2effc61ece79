/**
 * "New password + repeat": the two fields wherever a new password is chosen (creating the
 * identity, joining as a new device, changing it in settings), and the check they must pass
 * before anything is sent. The minimum is the contract's (the same one the host validates).
 */
import { PASSWORD_MIN_LENGTH } from '@meow/contract';
import { Field } from './Field';

export interface NewPassword {
  readonly password: string;
  readonly repeat: string;
}

export const EMPTY_NEW_PASSWORD: NewPassword = { password: '', repeat: '' };

/** A problem with the chosen password (null when it is acceptable). */
export function passwordProblem({ password, repeat }: NewPassword): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password !== repeat) return 'The passwords do not match';
  return null;
}

export interface NewPasswordFieldsProps {
  readonly value: NewPassword;
  readonly onChange: (value: NewPassword) => void;
  /** Label of the first field (default "Password"). */
  readonly label?: string;
  /** Label of the second field (default "Repeat password"). */
  readonly repeatLabel?: string;
  /** Under the first field (default: the minimum length). */
  readonly hint?: string;
  /** data-testid of the first field; the second gets `${testId}-repeat`. */
  readonly testId?: string;
}

export function NewPasswordFields({
  value,
  onChange,
  label = 'Password',
  repeatLabel = 'Repeat password',
  hint = `At least ${PASSWORD_MIN_LENGTH} characters.`,
  testId,
}: NewPasswordFieldsProps) {
  return (
    <>
      <Field
        label={label}
        type="password"
        value={value.password}
        autoComplete="new-password"
        hint={hint}
        data-testid={testId}
        onChange={(e) => {
          onChange({ ...value, password: e.currentTarget.value });
        }}
      />
      <Field
        label={repeatLabel}
        type="password"
        value={value.repeat}
        autoComplete="new-password"
        data-testid={testId === undefined ? undefined : `${testId}-repeat`}
        onChange={(e) => {
          onChange({ ...value, repeat: e.currentTarget.value });
        }}
      />
    </>
  );
}
