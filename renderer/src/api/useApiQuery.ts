/**
 * Reads a channel and keeps its last value while a new input is being
 * fetched (a list stays on screen while the next page loads). Replies to an
 * older input are ignored.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api/contract';
import { errorMessage } from './errors';
import { queryView, requestKey, settleUnlessCancelled, type Settled } from './latestRequest';
import { call } from './transport';

export interface QueryResult<T> {
  /** The latest value received (possibly for a previous input while `loading`). */
  data: T | undefined;
  /** French message of the failure of the current request. */
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

export function useApiQuery<C extends Channel>(channel: C, input: ChannelInput<C>): QueryResult<ChannelOutput<C>> {
  const inputJson = JSON.stringify(input);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<ChannelOutput<C>>>();
  const [lastData, setLastData] = useState<ChannelOutput<C>>();

  useEffect(() => {
    const key = requestKey(channel, inputJson, attempt);
    return settleUnlessCancelled(call(channel, JSON.parse(inputJson) as ChannelInput<C>), (outcome) => {
      if ('data' in outcome) {
        setSettled({ key, data: outcome.data });
        setLastData(outcome.data);
      } else {
        setSettled({ key, error: errorMessage(outcome.error) });
      }
    });
  }, [channel, inputJson, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...queryView(requestKey(channel, inputJson, attempt), settled, lastData), reload };
}
