/**
 * The server-sent events of browser mode, read as text chunks: a block ends
 * with a blank line, names its event on an `event:` line and carries its
 * JSON payload on a `data:` line. A chunk may end inside a block: the
 * unfinished part waits for the next chunk.
 */
export type EventHandler = (event: string, payload: unknown) => void;

export function createEventStreamParser(onEvent: EventHandler): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) onEvent(event, JSON.parse(data));
    }
  };
}
