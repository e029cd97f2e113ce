import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from './eventStream';

function collect() {
  const received: [string, unknown][] = [];
  const push = createEventStreamParser((event, payload) => received.push([event, payload]));
  return { received, push };
}

describe('createEventStreamParser', () => {
  it('hands over each event with its JSON payload, in order', () => {
    const { received, push } = collect();
    push('event: workspace.changed\ndata: {"role":"agence"}\n\nevent: conventions.changed\ndata: {"ids":[1,2]}\n\n');
    expect(received).toEqual([
      ['workspace.changed', { role: 'agence' }],
      ['conventions.changed', { ids: [1, 2] }],
    ]);
  });

  it('waits for the blank line that ends a block split across chunks', () => {
    const { received, push } = collect();
    push('event: conventions.chan');
    push('ged\ndata: {"id"');
    expect(received).toEqual([]);
    push(':7}\n');
    expect(received).toEqual([]);
    push('\nevent: lots.changed\ndata: null\n\n');
    expect(received).toEqual([
      ['conventions.changed', { id: 7 }],
      ['lots.changed', null],
    ]);
  });

  it('skips the comment the server opens the stream with, and blocks without an event or data line', () => {
    const { received, push } = collect();
    push(': flux des événements\n\n');
    push('event: lonely\n\n');
    push('data: {"orphan":true}\n\n');
    push('event: x\ndata: 1\n\n');
    expect(received).toEqual([['x', 1]]);
  });

  it('reads a payload whole, colons and accents included', () => {
    const { received, push } = collect();
    push('event: notice\ndata: {"message":"Lot n° 3 : reçu à 10:42"}\n\n');
    expect(received).toEqual([['notice', { message: 'Lot n° 3 : reçu à 10:42' }]]);
  });

  it('throws on a payload that is not JSON (the stream then stops and is reopened by the next subscriber)', () => {
    const { push } = collect();
    expect(() => push('event: x\ndata: {oops\n\n')).toThrow(SyntaxError);
  });
});
