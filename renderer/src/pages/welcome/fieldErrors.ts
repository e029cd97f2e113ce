/** French messages per form field, from the contract's schema or from the service's INVALID_INPUT reply. */
export type FieldErrors<F extends string> = Partial<Record<F | 'general', string>>;

export function issuesToFieldErrors<F extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly F[],
): FieldErrors<F> {
  const result: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = fields.find((f) => f === issue.path[0]);
    if (field && result[field] === undefined) result[field] = capitalize(issue.message);
    else if (!field) result.general = capitalize(issue.message);
  }
  return result;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
