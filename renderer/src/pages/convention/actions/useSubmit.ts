/**
 * One API action of a form: pending while it runs, then the French refusal
 * (`ApiCallError.message`) and the per-field messages (`.fields`, keyed by
 * the last segment of their path) to show inline.
 */
import { useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { ApiCallError } from '../../../api/transport';

export interface Submit {
  pending: boolean;
  error: string | undefined;
  fields: Record<string, string>;
  /** Runs the action; resolves to its value, or undefined when refused (the messages are then set). */
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  /** Sets the messages of a check made before sending. */
  refuse: (fields: Record<string, string>, error?: string) => void;
  reset: () => void;
}

function byLastSegment(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.split('.').at(-1) ?? path;
    out[key] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  return out;
}

export function useSubmit(): Submit {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  return {
    pending,
    error,
    fields,
    async run(action) {
      setPending(true);
      setError(undefined);
      setFields({});
      try {
        return await action();
      } catch (e) {
        setError(errorMessage(e));
        if (e instanceof ApiCallError) setFields(byLastSegment(e.fields));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    refuse(f, e) {
      setFields(f);
      setError(e);
    },
    reset() {
      setError(undefined);
      setFields({});
    },
  };
}
