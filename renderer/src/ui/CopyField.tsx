/** Read-only text the user can select or copy with one button; a status line says it was copied. */
import { useId, useState } from 'react';

export function CopyField({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard
      .writeText(value)
      .then(() => {
        setCopied(true);
      })
      .catch(() => undefined);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <textarea
          id={id}
          readOnly
          value={value}
          rows={2}
          data-testid={testId}
          onFocus={(e) => {
            e.currentTarget.select();
          }}
        />
        {/* The name starts with the visible word (WCAG 2.5.3); "Copied" is announced apart. */}
        <button type="button" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
        <span className="small muted" role="status">
          {copied ? 'Copied' : ''}
        </span>
      </div>
    </div>
  );
}
