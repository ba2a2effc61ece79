/**
 * "Does the other device show this code?" — the comparison that confirms a pairing, shown while
 * pairing (PairDevice) and, rebuilt from the engine, in the device list after a reload.
 */
import type { ReactNode } from 'react';

export interface CodeConfirmIds {
  readonly panel: string;
  readonly code: string;
  readonly confirm: string;
  readonly reject: string;
}

export function CodeConfirm(props: {
  readonly name: string;
  readonly code: string;
  readonly busy: boolean;
  readonly ids: CodeConfirmIds;
  readonly onConfirm: () => void;
  readonly onReject: () => void;
  /** Shown between the code and the buttons (an error). */
  readonly children?: ReactNode;
}) {
  const { name, code, busy, ids } = props;
  return (
    <div className="stack" data-testid={ids.panel}>
      <p>
        <strong>{name}</strong> wants to join. Does it show this code?
      </p>
      <p className="pairing-code" data-testid={ids.code}>
        {code}
      </p>
      {props.children}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          data-testid={ids.confirm}
          onClick={props.onConfirm}
        >
          Codes match — confirm
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          data-testid={ids.reject}
          onClick={props.onReject}
        >
          Reject
        </button>
      </div>
    </div>
  );
}
