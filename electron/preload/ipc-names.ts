/**
 * The two IPC channel names main and the preload agree on: one for every API
 * call (the API channel travels as an argument and is checked on both sides),
 * one for every pushed event.
 */
export const IPC_INVOKE = 'cae:invoke';
export const IPC_EVENT = 'cae:event';
