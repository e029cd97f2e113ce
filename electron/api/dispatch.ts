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

export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error, guard: Guard = () => {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Action inconnue : ${String(channel).slice(0, 80)}` } };
    }
    try {
      guard(channel);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      log(error);
      return { ok: false, error: { code: 'INTERNAL', message: "Erreur interne : l'opération n'a pas abouti et rien n'a été modifié." } };
    }
    const parsed = channels[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `Données refusées pour « ${channel} » : ${describeIssues(parsed.error)}`,
          fields: fieldMessages(parsed.error),
        },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = channels[channel].output.safeParse(value);
      if (!checked.success) {
        log(new Error(`Réponse hors contrat pour ${channel} : ${describeIssues(checked.error)}`));
        return { ok: false, error: { code: 'INTERNAL', message: 'Erreur interne : réponse inattendue du service.' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      log(error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: "Erreur interne : l'opération n'a pas abouti et rien n'a été modifié." },
      };
    }
  };
}
