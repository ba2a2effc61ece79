// @vitest-environment jsdom
import { PASSWORD_MIN_LENGTH } from '@meow/contract';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_NEW_PASSWORD,
  NewPasswordFields,
  passwordProblem,
  type NewPassword,
  type NewPasswordFieldsProps,
} from './NewPassword';

afterEach(cleanup);

/** The fields with their own state, as a form holds them; `seen` gets every change. */
function Form(props: Partial<NewPasswordFieldsProps> & { seen?: (v: NewPassword) => void }) {
  const { seen, ...rest } = props;
  const [value, setValue] = useState(EMPTY_NEW_PASSWORD);
  return (
    <NewPasswordFields
      {...rest}
      value={value}
      onChange={(next) => {
        seen?.(next);
        setValue(next);
      }}
    />
  );
}

const input = (label: string): HTMLInputElement => {
  const el = screen.getByLabelText(label);
  if (!(el instanceof HTMLInputElement)) throw new Error(`${label} is not an input`);
  return el;
};

describe('NewPasswordFields', () => {
  it('shows two labelled password fields for a new password, with the minimum as hint', () => {
    render(<Form />);
    for (const label of ['Password', 'Repeat password']) {
      expect(input(label).type).toBe('password');
      expect(input(label).autocomplete).toBe('new-password');
    }
    expect(screen.getByText(`At least ${PASSWORD_MIN_LENGTH} characters.`)).toBeTruthy();
    expect(input('Password').getAttribute('aria-describedby')).toBeTruthy();
    expect(input('Repeat password').getAttribute('aria-describedby')).toBeNull();
  });

  it('reports each field into one value, keeping the other', () => {
    const seen = vi.fn<(v: NewPassword) => void>();
    render(<Form seen={seen} />);
    fireEvent.change(input('Password'), { target: { value: 'correct horse' } });
    fireEvent.change(input('Repeat password'), { target: { value: 'correct horse' } });
    expect(seen.mock.calls.map(([v]) => v)).toEqual([
      { password: 'correct horse', repeat: '' },
      { password: 'correct horse', repeat: 'correct horse' },
    ]);
    expect(input('Password').value).toBe('correct horse');
    expect(input('Repeat password').value).toBe('correct horse');
  });

  it('takes its labels, hint and test ids from the form that uses it', () => {
    render(
      <Form
        label="New password"
        repeatLabel="Repeat new password"
        hint="Cannot be recovered."
        testId="x-password"
      />,
    );
    expect(screen.getByTestId('x-password')).toBe(input('New password'));
    expect(screen.getByTestId('x-password-repeat')).toBe(input('Repeat new password'));
    expect(screen.getByText('Cannot be recovered.')).toBeTruthy();
  });

  it('sets no test ids unless asked', () => {
    const { container } = render(<Form />);
    expect(container.querySelectorAll('[data-testid]')).toHaveLength(0);
  });
});

describe('passwordProblem', () => {
  const long = 'x'.repeat(PASSWORD_MIN_LENGTH);

  it('wants the contract minimum, then two equal passwords', () => {
    const short = long.slice(1);
    expect(passwordProblem({ password: short, repeat: short })).toBe(
      `Use at least ${PASSWORD_MIN_LENGTH} characters`,
    );
    expect(passwordProblem({ password: long, repeat: `${long}y` })).toBe(
      'The passwords do not match',
    );
    expect(passwordProblem({ password: long, repeat: long })).toBeNull();
    expect(passwordProblem(EMPTY_NEW_PASSWORD)).not.toBeNull();
  });
});
