/**
 * The three fields of a typed short code (an invitation's or a device pairing's): the code,
 * its password and the relay that holds it, with the relays this profile knows offered.
 */
import { useId, useState } from 'react';
import { Field } from './Field';

export interface TypedCode {
  readonly shortcode: string;
  readonly password: string;
  readonly serverUrl: string;
}

export interface TypedCodeState {
  readonly values: TypedCode;
  readonly set: (patch: Partial<TypedCode>) => void;
  /** The values trimmed, as they are sent. */
  readonly typed: TypedCode;
  readonly incomplete: boolean;
}

export function useTypedCode(initialServerUrl: string): TypedCodeState {
  const [values, setValues] = useState<TypedCode>({
    shortcode: '',
    password: '',
    serverUrl: initialServerUrl,
  });
  const typed = {
    shortcode: values.shortcode.trim(),
    password: values.password.trim(),
    serverUrl: values.serverUrl.trim(),
  };
  return {
    values,
    set: (patch) => {
      setValues((v) => ({ ...v, ...patch }));
    },
    typed,
    incomplete: typed.shortcode === '' || typed.password === '' || typed.serverUrl === '',
  };
}

export function TypedCodeFields(props: {
  readonly code: TypedCodeState;
  readonly servers: readonly { readonly url: string }[];
  readonly labels: { readonly shortcode: string; readonly server: string };
  readonly testIds: {
    readonly shortcode: string;
    readonly password: string;
    readonly server: string;
  };
}) {
  const listId = useId();
  const { values, set } = props.code;
  return (
    <>
      <Field
        label={props.labels.shortcode}
        value={values.shortcode}
        autoComplete="off"
        spellCheck={false}
        data-testid={props.testIds.shortcode}
        onChange={(e) => {
          set({ shortcode: e.currentTarget.value });
        }}
      />
      <Field
        label="Password"
        value={values.password}
        autoComplete="off"
        spellCheck={false}
        data-testid={props.testIds.password}
        onChange={(e) => {
          set({ password: e.currentTarget.value });
        }}
      />
      <Field
        label={props.labels.server}
        type="url"
        value={values.serverUrl}
        list={listId}
        placeholder="https://relay.example"
        data-testid={props.testIds.server}
        onChange={(e) => {
          set({ serverUrl: e.currentTarget.value });
        }}
      />
      <datalist id={listId}>
        {props.servers.map((s) => (
          <option key={s.url} value={s.url} />
        ))}
      </datalist>
    </>
  );
}
