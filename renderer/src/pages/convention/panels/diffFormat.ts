/** Words for the paths and values of a version diff (`renewals[0].to` → « Renouvellement 1 › Fin »). */
import { formatDateFr } from '../../../../../shared/format/date';

const WORDS: Record<string, string> = {
  renewals: 'Renouvellement',
  events: 'Événement',
  contract: 'Contrat',
  employer: 'Employeur',
  employee: 'Salarié',
  funding: 'Financement',
  support: 'Accompagnement',
  denunciation: 'Dénonciation',
  from: 'Début',
  to: 'Fin',
  on: 'Date',
  plannedEnd: 'Fin prévue',
  hiredOn: 'Embauche',
  signedOn: 'Signature',
  filedOn: 'Dépôt',
  requestedOn: 'Demande',
  reportedOn: 'Signalement',
  weeklyHours: 'Heures hebdomadaires',
  aidRatePercent: 'Taux de l’aide (%)',
  monthlyGross: 'Salaire brut mensuel',
  name: 'Nom',
  siret: 'SIRET',
  reason: 'Motif',
  kind: 'Nature',
  paid: 'Rémunérée',
  initiative: 'Initiative',
};

export function pathLabel(path: string): string {
  return path
    .split('.')
    .map((segment) => {
      const m = /^(\w+)((?:\[\d+\])*)$/.exec(segment);
      if (!m) return segment;
      const [, key = '', indexes = ''] = m;
      const numbers = [...indexes.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]) + 1);
      return [WORDS[key] ?? key, ...numbers].join(' ');
    })
    .join(' › ');
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return ISO.test(value) ? formatDateFr(value) : value;
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return new Intl.NumberFormat('fr-FR').format(value);
  if (Array.isArray(value)) return value.map(valueText).join(' ; ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${WORDS[k] ?? k} : ${valueText(v)}`)
      .join(' ; ');
  }
  return String(value);
}
