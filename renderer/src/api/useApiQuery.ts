/**
 * Reads a channel and keeps its last value while a new input is being
 * fetched (a list stays on screen while the next page loads). Replies to an
 * older input are ignored.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import { errorMessage } from './errors';
import { call } from './transport';

export interface QueryResult<T> {
  /** The latest value received (possibly for a previous input while `loading`). */
  data: T | undefined;
  /** French message of the failure of the current request. */
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: string;
}

export function useApiQuery<C extends Channel>(channel: C, input: ChannelInput<C>): QueryResult<ChannelOutput<C>> {
  const inputJson = JSON.stringify(input);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<ChannelOutput<C>>>();
  const [lastData, setLastData] = useState<ChannelOutput<C>>();
  const requestKey = `${channel}|${inputJson}|${attempt}`;

  useEffect(() => {
    let current = true;
    const key = `${channel}|${inputJson}|${attempt}`;
    call(channel, JSON.parse(inputJson) as ChannelInput<C>).then(
      (data) => {
        if (!current) return;
        setSettled({ key, data });
        setLastData(data);
      },
      (error: unknown) => {
        if (current) setSettled({ key, error: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [channel, inputJson, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const done = settled?.key === requestKey;
  return { data: lastData, error: done ? settled.error : undefined, loading: !done, reload };
}
