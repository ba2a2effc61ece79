/** Radio buttons: where a relay hosted on this computer is reachable from. */
import type { RelayScope } from '@meow/contract';
import { SCOPES } from './scopes';

export function ScopePicker({
  value,
  onChange,
  name,
}: {
  value: RelayScope;
  onChange: (scope: RelayScope) => void;
  name: string;
}) {
  return (
    <fieldset>
      <legend>Reachable from</legend>
      {SCOPES.map((s) => (
        <label key={s.scope} className="checkbox">
          <input
            type="radio"
            name={name}
            value={s.scope}
            checked={value === s.scope}
            data-testid={`relay-scope-${s.scope}`}
            onChange={() => {
              onChange(s.scope);
            }}
          />
          <span>
            {s.label}
            <small className="muted block">{s.hint}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
