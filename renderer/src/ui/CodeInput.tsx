/**
 * Enter a Meow code three ways: paste the text, scan it with the camera, or choose a picture
 * of it. Whatever was typed or found stays in the text box, so nothing is lost on an error.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { errorText } from '../lib/error-text';
import { decodeImageFile } from '../lib/qr';
import { CameraScanner } from './CameraScanner';
import { ErrorText } from './ErrorText';

type Mode = 'paste' | 'camera' | 'file';

export interface CodeInputProps {
  /** What the code is, e.g. "Invitation" or "Pairing code". */
  readonly label: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (code: string) => void;
  readonly testId?: string;
}

export function CodeInput({ label, submitLabel, busy, onSubmit, testId = 'code' }: CodeInputProps) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('paste');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const found = (code: string): void => {
    setText(code);
    setMode('paste');
    setError(null);
    onSubmit(code);
  };

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (text.trim() !== '' && !busy) onSubmit(text.trim());
  };

  const chooseFile = (file: File | undefined): void => {
    if (!file) return;
    setError(null);
    decodeImageFile(file).then(found, (err: unknown) => {
      setError(errorText(err));
    });
  };

  return (
    <form className="code-input" onSubmit={submit} aria-label={label}>
      <div
        className="segmented"
        role="group"
        aria-label={`How to enter the ${label.toLowerCase()}`}
      >
        {(['paste', 'camera', 'file'] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => {
              setMode(m);
              setError(null);
            }}
          >
            {m === 'paste' ? 'Paste text' : m === 'camera' ? 'Scan with camera' : 'Choose image'}
          </button>
        ))}
      </div>
      {mode === 'camera' && <CameraScanner onCode={found} />}
      {mode === 'file' && (
        <div className="field">
          <label htmlFor={`${id}-file`}>Picture of the QR code</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/*"
            data-testid={`${testId}-file`}
            onChange={(e) => {
              chooseFile(e.currentTarget.files?.[0]);
            }}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{label} text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          placeholder="meow:1:…"
          spellCheck={false}
          data-testid={`${testId}-text`}
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
        />
      </div>
      <ErrorText error={error} testId={`${testId}-error`} />
      <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
        {busy ? 'Working…' : submitLabel}
      </button>
    </form>
  );
}
