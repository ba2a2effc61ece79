/** The two ways this computer can host a relay, as the user reads them. */
import type { RelayScope } from '@meow/contract';

export const SCOPES: readonly { scope: RelayScope; label: string; hint: string }[] = [
  {
    scope: 'local-network',
    label: 'This computer and my local network',
    hint: 'Your other computers at home (a laptop, a desktop) reach it through this one; no server anywhere.',
  },
  {
    scope: 'this-computer',
    label: 'Only this computer',
    hint: 'Other profiles and browsers on this computer only.',
  },
];

export function scopeLabel(scope: RelayScope): string {
  return scope === 'local-network' ? 'this computer and the local network' : 'this computer only';
}
