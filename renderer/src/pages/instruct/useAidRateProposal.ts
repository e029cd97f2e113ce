/**
 * The rate of the arrêté préfectoral in force for this measure, department
 * and date (hiring, else filing); the first one found fills an empty rate.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { AidRateProposal } from '../../../../shared/api/instruct-contract';
import { isValidDepartment } from '../../../../shared/rules/index';
import { call } from '../../api/transport';
import { setPath, type Doc } from './model';

export function useAidRateProposal(doc: Doc, setDoc: Dispatch<SetStateAction<Doc>>, enabled: boolean): AidRateProposal {
  const measure = doc.measure;
  const department = doc.department ?? '';
  const date = doc.contract?.hiredOn ?? doc.filedOn ?? '';
  const status = doc.employer?.status ?? undefined;
  const key = measure && measure !== 'CAE_DOM' && isValidDepartment(department) && date ? JSON.stringify([measure, department, date, status]) : null;
  const [settled, setSettled] = useState<{ key: string; proposal: AidRateProposal } | null>(null);

  useEffect(() => {
    if (key === null || !enabled) return;
    let current = true;
    const [m, d, on, s] = JSON.parse(key) as [NonNullable<Doc['measure']>, string, string, NonNullable<NonNullable<Doc['employer']>['status']> | undefined];
    call('settings.proposeAidRate', s ? { measure: m, department: d, date: on, employerStatus: s } : { measure: m, department: d, date: on }).then(
      (proposal) => {
        if (!current) return;
        setSettled({ key, proposal });
        if (!proposal) return;
        setDoc((prev) => {
          if (prev.funding?.aidRatePercent) return prev;
          return setPath(setPath(prev, 'funding.aidRatePercent', proposal.ratePercent), 'funding.aidRateReference', proposal.reference);
        });
      },
      () => {
        if (current) setSettled({ key, proposal: null });
      },
    );
    return () => {
      current = false;
    };
  }, [key, enabled, setDoc]);

  return settled !== null && settled.key === key ? settled.proposal : null;
}

/** A rate other than the arrêté's needs its reason. */
export function overrideNeedsReason(doc: Doc, proposal: AidRateProposal): boolean {
  const rate = doc.funding?.aidRatePercent;
  const reason = (doc.funding as Record<string, unknown> | undefined)?.aidRateOverrideReason;
  return proposal !== null && !!rate && rate !== proposal.ratePercent && !(typeof reason === 'string' && reason.trim().length >= 5);
}
