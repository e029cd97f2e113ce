/**
 * checkConvention on deterministically generated conventions (bench/convention-generator.ts),
 * compared with a baseline measured in the same run: JSON.parse + the zod schema of the same
 * documents (issue #16: at most 2× the baseline). 100,000 documents (20,000 in small scale),
 * median of 3 passes.
 */
import { checkConvention, validateConvention } from '../shared/rules/index';
import { generateConventions } from './convention-generator';
import { type BenchContext, type Metric, metric, time } from './harness';

export async function run(context: BenchContext): Promise<Metric[]> {
  const count = context.scale === 'small' ? 20_000 : 100_000;
  const docs = generateConventions(count);
  const texts = docs.map((d) => JSON.stringify(d));
  let valid = 0;
  const baseline = time(
    () => {
      valid = 0;
      for (const t of texts) if (validateConvention(JSON.parse(t)).ok) valid++;
    },
    3,
    0,
  );
  if (valid !== count) throw new Error(`bench check : ${count - valid} documents générés refusés par le schéma`);
  const checked = time(
    () => {
      for (const d of docs) checkConvention(d);
    },
    3,
    0,
  );
  return [
    metric('check.100k.ms', `checkConvention sur ${count.toLocaleString('fr-FR')} conventions`, checked.p50, 'ms', null, baseline.p50),
    metric('check.ratio', 'checkConvention / (JSON.parse + schéma zod)', checked.p50 / baseline.p50, '×', 2, 1),
  ];
}
