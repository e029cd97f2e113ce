/**
 * `cae verify [--data-dir DIR] [--demo …] [--json]`: checks the database
 * (`PRAGMA integrity_check`) and the audit log's hash chain, and says where
 * the first break is. Exit 0 when both hold, 1 when either does not.
 */
import { closeCleanly } from '../../db/clean-close';
import { parseArgs } from 'node:util';
import { instantFr } from '../../app/folder-lock';
import { integrityProblems } from '../../db/connection';
import { auditChain, type AuditChainReport, type ChainBreak } from '../../db/repositories/audit';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { COMMON_OPTIONS, openWorkspace, usageGuard } from '../workspace-db';

const BREAK_REASON: Record<ChainBreak['reason'], string> = {
  hash: 'son contenu ne correspond plus à son empreinte — le journal a été modifié à cette entrée',
  previous: 'elle ne suit plus l’entrée précédente (empreinte différente) — une entrée a été modifiée, supprimée ou insérée avant elle',
  unchained: 'elle n’a pas d’empreinte — elle a été ajoutée hors de l’application',
};

function chainText(chain: AuditChainReport): string {
  if (chain.broken) {
    const b = chain.broken;
    return `Journal d’audit : chaîne rompue à l’entrée n° ${b.id} du ${instantFr(b.at)} : ${BREAK_REASON[b.reason]}.`;
  }
  const legacy = chain.legacy ? ` (dont ${chain.legacy} antérieure(s) à la chaîne, couvertes par la première entrée chaînée)` : '';
  return `Journal d’audit : ${chain.entries} entrée(s)${legacy}, chaîne intacte.`;
}

export function runVerify(args: string[], io: CliIo): Promise<number> {
  return usageGuard(io, async () => {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, strict: true, allowPositionals: true });
    if (positionals.length) throw new CliUsageError(`Argument inattendu : « ${positionals[0]} ».\nUsage : cae verify [--data-dir DIR] [--demo …] [--json]`);
    const { db } = openWorkspace(io, values['data-dir'], values.demo);
    try {
      const problems = integrityProblems(db);
      const chain = auditChain(db);
      const ok = !problems.length && !chain.broken;
      if (values.json) io.stdout(`${JSON.stringify({ ok, file: db.name, integrity: problems.length ? problems : 'ok', audit: chain })}\n`);
      else {
        const base = problems.length ? `Base endommagée (integrity_check) : ${problems.slice(0, 5).join(' ; ')}` : 'Base intègre (integrity_check).';
        io.stdout(`${base}\n${chainText(chain)}\n`);
      }
      return ok ? EXIT.OK : EXIT.REJECTED;
    } finally {
      closeCleanly(db);
    }
  });
}
