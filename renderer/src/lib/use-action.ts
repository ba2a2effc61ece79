/** One user action at a time: busy while it runs, and its failure as a sentence (error-text). */
import { useState } from 'react';
import { errorText } from './error-text';

export interface Action {
  readonly busy: boolean;
  readonly error: string | null;
  readonly run: (work: () => Promise<unknown>) => Promise<void>;
}

export function useAction(onSettled?: () => void): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      onSettled?.();
    }
  };
  return { busy, error, run };
}
