/**
 * The pure part of `useApiQuery`: each request is known by a key (channel,
 * input, attempt); a reply is kept only while its request is still the
 * latest, and the view shows an error or « done » only for the latest key.
 */

export type Outcome<T> = { data: T } | { error: unknown };

/** The request's key: a new input or a « Réessayer » makes a new request. */
export const requestKey = (channel: string, inputJson: string, attempt: number) => `${channel}|${inputJson}|${attempt}`;

/**
 * Reports how `request` ends, unless the returned `cancel` was called first
 * (the request was replaced by a newer one): a late reply is then dropped.
 */
export function settleUnlessCancelled<T>(request: Promise<T>, onSettled: (outcome: Outcome<T>) => void): () => void {
  let current = true;
  request.then(
    (data) => {
      if (current) onSettled({ data });
    },
    (error: unknown) => {
      if (current) onSettled({ error });
    },
  );
  return () => {
    current = false;
  };
}

export interface Settled<T> {
  key: string;
  data?: T;
  error?: string;
}

export interface QueryView<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

/** What the screen shows: the last value received, and the error or the end of loading of the latest request only. */
export function queryView<T>(latestKey: string, settled: Settled<T> | undefined, lastData: T | undefined): QueryView<T> {
  const done = settled?.key === latestKey;
  return { data: lastData, error: done ? settled.error : undefined, loading: !done };
}
