/** Calling the app's services as the renderer does, in unit tests: `call` gives the reply, `ok` its value or throws the French refusal. */
import type { ApiReplyOf, Channel, ChannelInput } from '../../shared/api/contract';
import type { AppServices } from '../../electron/api/app-services';

export function callsOf(app: Pick<AppServices, 'invoke'>) {
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiReplyOf<C>> => app.invoke(channel, input);
  const ok = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const reply = await call(channel, input);
    if (!reply.ok) throw new Error(`${channel} refusé : ${reply.error.message}`);
    return reply.value as Extract<ApiReplyOf<C>, { ok: true }>['value'];
  };
  return { call, ok };
}
