/** The convention as the detail page holds it, and what an action leaves to show. */
import type { ChannelOutput } from '../../../../shared/api/contract';
import type { ConventionView } from '../../../../shared/api/conventions-contract';

export type Convention = ConventionView;
export type Version = Convention['versions'][number];
export type EventOutcome = ChannelOutput<'conventions.recordEvent'>;
export type AvenantOutcome = ChannelOutput<'conventions.addAvenant'>;

/** The result of the last action, shown above the sections until dismissed. */
export type Outcome =
  | { kind: 'event'; title: string; result: Omit<EventOutcome, 'convention'> }
  | { kind: 'avenant'; title: string; result: Omit<AvenantOutcome, 'convention'> }
  | { kind: 'done'; title: string };

export const currentVersion = (c: Convention): Version | undefined => c.versions.at(-1);

/** The warnings of the current version still waiting for a justification. */
export function unjustifiedWarnings(c: Convention) {
  const justified = new Set(currentVersion(c)?.justifications.map((j) => j.code) ?? []);
  const seen = new Set<string>();
  return c.findings.filter((f) => f.severity === 'warning' && !justified.has(f.code) && !seen.has(f.code) && seen.add(f.code));
}
