declare module '@socialgouv/jours-feries' {
  /** Holidays of a year, by French name; dates are local-time midnights. */
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
