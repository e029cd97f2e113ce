import { describe, expect, it } from 'vitest';
import { queryView, requestKey, settleUnlessCancelled, type Outcome } from './latestRequest';

/** A request whose reply the test releases when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Waits until the callbacks registered on `promise` before this call have run. */
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );

describe('settleUnlessCancelled', () => {
  it('drops the late reply of an older request: the newer one is what stays', async () => {
    const shown: Outcome<string>[] = [];
    const older = deferred<string>();
    const newer = deferred<string>();
    const cancelOlder = settleUnlessCancelled(older.promise, (o) => shown.push(o));
    // The input changes: the hook's effect cleanup cancels the older request, then starts the newer one.
    cancelOlder();
    settleUnlessCancelled(newer.promise, (o) => shown.push(o));
    newer.resolve('page 2');
    await settled(newer.promise);
    older.resolve('page 1');
    await settled(older.promise);
    expect(shown).toEqual([{ data: 'page 2' }]);
  });

  it('drops the late failure of an older request', async () => {
    const shown: Outcome<string>[] = [];
    const older = deferred<string>();
    settleUnlessCancelled(older.promise, (o) => shown.push(o))();
    older.reject(new Error('Le service local ne répond pas.'));
    await settled(older.promise);
    expect(shown).toEqual([]);
  });

  it('reports the reply, or the failure, of a request still current', async () => {
    const shown: Outcome<string>[] = [];
    const ok = deferred<string>();
    const ko = deferred<string>();
    settleUnlessCancelled(ok.promise, (o) => shown.push(o));
    settleUnlessCancelled(ko.promise, (o) => shown.push(o));
    const failure = new Error('refus');
    ko.reject(failure);
    ok.resolve('valeur');
    await settled(Promise.all([ok.promise, ko.promise.catch(() => undefined)]));
    expect(shown).toEqual([{ error: failure }, { data: 'valeur' }]);
  });
});

describe('queryView', () => {
  const first = requestKey('conventions.list', '{"search":"mar"}', 0);
  const second = requestKey('conventions.list', '{"search":"martin"}', 0);

  it('keys a request by its channel, its input and its attempt', () => {
    expect(first).not.toBe(second);
    expect(requestKey('conventions.list', '{}', 0)).not.toBe(requestKey('conventions.list', '{}', 1));
    expect(requestKey('conventions.list', '{}', 0)).not.toBe(requestKey('employers.list', '{}', 0));
  });

  it('keeps the previous value on screen, loading, while the latest request has not answered', () => {
    expect(queryView(second, { key: first, data: ['ancien'] }, ['ancien'])).toEqual({ data: ['ancien'], error: undefined, loading: true });
  });

  it('does not show the failure of an older request', () => {
    expect(queryView(second, { key: first, error: 'Échec' }, undefined)).toEqual({ data: undefined, error: undefined, loading: true });
  });

  it('shows the latest request’s answer or failure once it is settled', () => {
    expect(queryView(second, { key: second, data: ['nouveau'] }, ['nouveau'])).toEqual({ data: ['nouveau'], error: undefined, loading: false });
    expect(queryView(second, { key: second, error: 'Échec' }, ['ancien'])).toEqual({ data: ['ancien'], error: 'Échec', loading: false });
  });

  it('is loading before any answer', () => {
    expect(queryView(first, undefined, undefined)).toEqual({ data: undefined, error: undefined, loading: true });
  });
});
