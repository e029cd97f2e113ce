/** A demo agency that has sent its lot by `cae export`, and the counterpart's answer to it written beside: the start of most exchange tests of the CLI. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runExport } from '../../electron/cli/commands/export';
import { answerLot } from '../counterpart/respond';
import { demoAgency } from './agency-workspace';
import { fakeIo } from './cli';

export async function sentLot(dir: string, env: Record<string, string>): Promise<{ db: string; reply: string; text: string }> {
  const db = demoAgency(dir);
  expect(await runExport(['--data-dir', dir, '--demo', 'agence', '--to', path.join(dir, 'out')], { ...fakeIo(dir), env })).toBe(0);
  const lot = fs.readdirSync(path.join(dir, 'out'))[0]!;
  const answer = answerLot(fs.readFileSync(path.join(dir, 'out', lot), 'utf8'), '2009-06-20T09:00:00Z', 1);
  const reply = path.join(dir, answer.fileName);
  fs.writeFileSync(reply, answer.text);
  return { db, reply, text: answer.text };
}
