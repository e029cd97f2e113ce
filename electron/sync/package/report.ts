/**
 * What importing a convention package did (or would do), in French: one
 * sentence per convention — « nouvelle », « mise à jour » (and what) or
 * « inchangée » — with what only this workspace has (versions, events: kept),
 * and one per line not applied, with why. Used by
 * describeImport (report.ts) for the CLI and the screens.
 */
import { CONVENTION_STATUS_LABELS, EVENT_KIND_LABELS } from '../../../shared/domain/enums';
import { formatAvenantIndex } from '../../../shared/domain/numbering';
import { formatDateFr } from '../../../shared/format/date';
import type { PackageConventionPlan, PackagePlan } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const versionLabel = (i: number) => (i === 0 ? 'version initiale' : `avenant ${formatAvenantIndex(i)}`);
const FIELD_WORDS = { measure: 'mesure', employer: 'employeur', employee: 'salarié', startsOn: 'date de début', endsOn: 'date de fin' } as const;

function changes(c: PackageConventionPlan): string[] {
  const parts: string[] = [];
  if (c.versionsAdded.length) parts.push(`version(s) ajoutée(s) : ${c.versionsAdded.map(versionLabel).join(', ')}`);
  if (c.versionsReplaced.length) parts.push(`version(s) remplacée(s) par celle(s) de l’agence : ${c.versionsReplaced.map(versionLabel).join(', ')}`);
  const added = c.events.filter((e) => e.action === 'added').length;
  const updated = c.events.filter((e) => e.action === 'updated').length;
  if (added) parts.push(plural(added, 'événement ajouté', 'événements ajoutés'));
  if (updated) parts.push(`${plural(updated, 'événement déjà déclaré ici mis', 'événements déjà déclarés ici mis')} à jour`);
  if (c.fields.includes('status'))
    parts.push(`statut : ${c.status.from ? CONVENTION_STATUS_LABELS[c.status.from] : '—'} → ${CONVENTION_STATUS_LABELS[c.status.to]}`);
  const fields = c.fields.filter((f) => f !== 'status').map((f) => FIELD_WORDS[f]);
  if (fields.length) parts.push(`${fields.join(', ')} modifié(s)`);
  if (c.employee.change === 'updated' && !c.fields.includes('employee')) parts.push('identité du salarié complétée');
  if (c.statusChangesAdded.length)
    parts.push(`historique : ${plural(c.statusChangesAdded.length, 'changement de statut ajouté', 'changements de statut ajoutés')}`);
  if (c.denunciation && c.denunciation.action !== 'kept') parts.push(c.denunciation.action === 'added' ? 'dénonciation ajoutée' : 'dénonciation mise à jour');
  return parts;
}

function conventionLine(c: PackageConventionPlan): string {
  if (c.change === 'new') {
    return `${c.conventionNumber} : nouvelle (${CONVENTION_STATUS_LABELS[c.status.to]}, ${plural(c.versionsAdded.length, 'version', 'versions')}, ${plural(c.events.length, 'événement', 'événements')}).`;
  }
  if (c.change === 'unchanged') return `${c.conventionNumber} : inchangée.`;
  return `${c.conventionNumber} : mise à jour — ${changes(c).join(' ; ')}.`;
}

export function packageTitle(plan: PackagePlan, preview: boolean): string {
  return preview
    ? `Aperçu du dossier de conventions n° ${plan.sequence} de l’agence ${plan.emitter} (rien n’est écrit) :`
    : `Dossier de conventions n° ${plan.sequence} de l’agence ${plan.emitter} importé :`;
}

export function packageLines(plan: PackagePlan): string[] {
  const out: string[] = [];
  for (const e of plan.employers) {
    if (plan.adoptsRecipient && e.siret === plan.recipient) out.push(`Cet espace de travail devient celui de l’employeur ${e.name} (SIRET ${e.siret}).`);
    else out.push(`Employeur ${e.name} (SIRET ${e.siret}) : ${e.change === 'new' ? 'ajouté' : 'coordonnées mises à jour'}.`);
  }
  for (const c of plan.conventions) {
    out.push(conventionLine(c));
    if (c.versionsOnlyHere.length)
      out.push(`  ${c.conventionNumber} : ${c.versionsOnlyHere.map(versionLabel).join(', ')} présent(e)s ici mais pas dans le dossier, gardé(e)s.`);
    if (c.eventsOnlyHere.length) {
      const events = c.eventsOnlyHere.map((e) => `${EVENT_KIND_LABELS[e.kind].toLowerCase()} du ${formatDateFr(e.occurredOn)}`).join(', ');
      const n = c.eventsOnlyHere.length;
      out.push(
        `  ${c.conventionNumber} : ${plural(n, 'événement présent ici mais pas dans le dossier, gardé', 'événements présents ici mais pas dans le dossier, gardés')} : ${events}.`,
      );
    }
  }
  for (const i of plan.ignored) out.push(`Ligne ${i.lineNo} (${i.conventionNumber}) non appliquée : ${i.reason}.`);
  out.push(packageTotal(plan));
  return out;
}

/** One line: how many conventions are new, updated, unchanged, and how many lines were not applied. */
export function packageTotal(plan: PackagePlan): string {
  const count = (change: string) => plan.conventions.filter((c) => c.change === change).length;
  return `Total : ${count('new')} nouvelle(s), ${count('updated')} mise(s) à jour, ${count('unchanged')} inchangée(s)${plan.ignored.length ? `, ${plan.ignored.length} non appliquée(s)` : ''}.`;
}
