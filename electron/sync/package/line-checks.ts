/**
 * What makes one line of a convention package impossible to apply even
 * though the file is valid: the database's own rules (an end before a start,
 * an employer named but not sent, a version twice, weekly minutes other than
 * the document's, the one record of the hours). Each problem is a French
 * sentence; such a line is listed as not applied, never dropped silently.
 */
import { formatDateFr } from '../../../shared/format/date';
import { EVENT_KIND_LABELS } from '../../../shared/domain/enums';
import { formatAvenantIndex } from '../../../shared/domain/numbering';
import { hoursChangeOn, hoursToMinutes, minutesToHours, weeklyHoursOn } from '../../../shared/rules/index';
import type { PackageLine } from '../schemas';

const hoursText = (hours: number | undefined) => (hours === undefined ? 'aucune durée hebdomadaire' : `${String(hours).replace('.', ',')} h par semaine`);

export function lineProblems(line: PackageLine, recipient: string): string[] {
  const problems: string[] = [];
  if (line.employer.siret !== recipient) {
    problems.push(`l’employeur de la convention (SIRET ${line.employer.siret}) n’est pas le destinataire du dossier (${recipient})`);
  }
  if (line.endsOn !== null && line.endsOn < line.startsOn)
    problems.push(`la convention finit (${formatDateFr(line.endsOn)}) avant de commencer (${formatDateFr(line.startsOn)})`);
  const sirets = new Set([line.employer.siret, ...line.otherEmployers.map((e) => e.siret)]);
  const seen = new Set<number>();
  for (const v of line.versions) {
    const label = `version ${formatAvenantIndex(v.avenantIndex)}`;
    if (seen.has(v.avenantIndex)) problems.push(`la ${label} figure deux fois`);
    seen.add(v.avenantIndex);
    if (!sirets.has(v.employerSiret)) problems.push(`la ${label} nomme l’employeur ${v.employerSiret}, absent du dossier`);
    if (v.endsOn !== null && v.endsOn < v.startsOn)
      problems.push(`la ${label} finit (${formatDateFr(v.endsOn)}) avant de commencer (${formatDateFr(v.startsOn)})`);
    // The document is the one record of the hours (migration 0006): the line's minutes must be its.
    const hours = weeklyHoursOn(v.document, v.startsOn);
    if (hours === undefined || hoursToMinutes(hours) !== v.weeklyMinutes) {
      problems.push(`la ${label} annonce ${hoursText(minutesToHours(v.weeklyMinutes))}, son document ${hoursText(hours)} au ${formatDateFr(v.startsOn)}`);
    }
  }
  const latest = line.versions.reduce<PackageLine['versions'][number] | undefined>(
    (a, v) => (a === undefined || v.avenantIndex > a.avenantIndex ? v : a),
    undefined,
  );
  for (const e of line.events) {
    // « l’événement substitution d'employeur du 2009-05-11 »: the kind in French, never its code.
    const event = `l’événement ${EVENT_KIND_LABELS[e.eventKind].toLowerCase()} du ${formatDateFr(e.occurredOn)}`;
    if (e.newEmployerSiret !== null && !sirets.has(e.newEmployerSiret)) problems.push(`${event} nomme l’employeur ${e.newEmployerSiret}, absent du dossier`);
    if (e.endsOn !== null && e.endsOn < e.occurredOn) problems.push(`${event} finit avant de commencer (${formatDateFr(e.endsOn)})`);
    if (e.eventKind === 'HOURS_CHANGE') {
      const hours = latest === undefined ? undefined : hoursChangeOn(latest.document, e.occurredOn);
      if (hours === undefined || e.weeklyMinutes === null || hoursToMinutes(hours) !== e.weeklyMinutes) {
        problems.push(`${event} annonce ${hoursText(e.weeklyMinutes === null ? undefined : minutesToHours(e.weeklyMinutes))}, le document ${hoursText(hours)}`);
      }
    }
  }
  const d = line.denunciation;
  if (d) {
    const before = (day: string | null, what: string) => {
      if (day !== null && day < d.intentNotifiedOn)
        problems.push(`dénonciation : ${what} (${formatDateFr(day)}) avant la notification de l’intention (${formatDateFr(d.intentNotifiedOn)})`);
    };
    before(d.observationsDeadline, 'la fin du délai d’observations');
    before(d.observationsReceivedOn, 'les observations');
    before(d.decisionNotifiedOn, 'la décision');
  }
  return problems;
}
