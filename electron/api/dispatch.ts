/**
 * The one place where an API call meets its handler: the channel is checked,
 * the payload validated against the contract's schema (it reaches no handler
 * otherwise), the handler run, its output checked against the contract, and
 * every failure turned into a French `{ ok: false, error }` reply. IPC (desktop)
 * and HTTP (browser mode) both go through `dispatch`.
 */
import type { z } from 'zod';
import { channels, isChannel, type Channel, type ChannelOutput, type ParsedInput } from '../../shared/api/contract';
import { AppError, type ApiReply } from '../../shared/api/result';

type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<ApiReply<unknown>>;

/**
 * An issue's French message. Unknown keys are quoted as JSON strings: zod's
 * own message quotes them without escaping, so a key holding a quote mark
 * blurred where the user's text began and ended.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys'
    ? `${issue.keys.length > 1 ? 'Clés non reconnues' : 'Clé non reconnue'} : ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
    : issue.message;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')} : ${issueMessage(issue)}` : issueMessage(issue)))
    .join(' ; ');
}

/** The first message for each invalid field, keyed by its dotted path. */
function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    if (key && !(key in fields)) fields[key] = issueMessage(issue);
  }
  return fields;
}

/** Checked before a channel's input is even read: throws an AppError (sign-in required, role not allowed) to refuse the call. */
export type Guard = (channel: Channel) => void;

const INTERNAL_ERROR = { code: 'INTERNAL' as const, message: "Erreur interne : l'opération n'a pas abouti et rien n'a été modifié." };

/** A failure as a reply: an AppError keeps its code and French message; anything else is logged and told as internal. */
function failureReply(error: unknown, log: (error: unknown) => void): ApiReply<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
  log(error);
  return { ok: false, error: INTERNAL_ERROR };
}

/** The channel known and allowed, its input valid: the parsed input, or the refusal to answer. */
function checkedCall(
  channel: unknown,
  input: unknown,
  known: (channel: Channel) => boolean,
  guard: Guard,
  log: (error: unknown) => void,
): { ok: true; channel: Channel; input: unknown } | { ok: false; reply: ApiReply<never> } {
  if (!isChannel(channel) || !known(channel)) {
    return { ok: false, reply: { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Action inconnue : ${String(channel).slice(0, 80)}` } } };
  }
  try {
    guard(channel);
  } catch (error) {
    return { ok: false, reply: failureReply(error, log) };
  }
  const parsed = channels[channel].input.safeParse(input ?? {});
  if (parsed.success) return { ok: true, channel, input: parsed.data };
  const error = {
    code: 'INVALID_INPUT' as const,
    message: `Données refusées pour « ${channel} » : ${describeIssues(parsed.error)}`,
    fields: fieldMessages(parsed.error),
  };
  return { ok: false, reply: { ok: false, error } };
}

export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error, guard: Guard = () => {}): Dispatch {
  return async (channel, input) => {
    const call = checkedCall(channel, input, () => true, guard, log);
    if (!call.ok) return call.reply;
    try {
      const handler = handlers[call.channel] as (input: unknown) => unknown;
      const value = await handler(call.input);
      const checked = channels[call.channel].output.safeParse(value);
      if (!checked.success) {
        log(new Error(`Réponse hors contrat pour ${call.channel} : ${describeIssues(checked.error)}`));
        return { ok: false, error: { code: 'INTERNAL', message: 'Erreur interne : réponse inattendue du service.' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return failureReply(error, log);
    }
  };
}

/** Where a streamed file goes: told its name and type first, then given its bytes in order. */
export interface FileSink {
  start: (file: { fileName: string; contentType: string }) => void;
  write: (bytes: Uint8Array) => void;
}

/** The channels whose file can also be streamed (a browser download), with the handler that streams it. */
type StreamedChannel = 'exports.csv';
export type FileStreams = { [C in StreamedChannel]: (input: ParsedInput<C>, sink: FileSink) => Promise<void> };

export type StreamDispatch = (channel: unknown, input: unknown, sink: FileSink) => Promise<ApiReply<null>>;

/**
 * The same checks as `dispatch` (channel, account, input against the
 * contract), then the file written to `sink` as it is made instead of
 * answered whole in base64: an export of 200,000 conventions (39 MB) is
 * never held by the app's thread (issue #16). A failure before the first byte
 * is a reply; after it, the reply tells the transport to break the download.
 */
export function createStreamDispatch(streams: FileStreams, log: (error: unknown) => void = console.error, guard: Guard = () => {}): StreamDispatch {
  return async (channel, input, sink) => {
    const call = checkedCall(channel, input, (c) => Object.hasOwn(streams, c), guard, log);
    if (!call.ok) return call.reply;
    try {
      await (streams[call.channel as StreamedChannel] as (input: unknown, sink: FileSink) => Promise<void>)(call.input, sink);
      return { ok: true, value: null };
    } catch (error) {
      return failureReply(error, log);
    }
  };
}
