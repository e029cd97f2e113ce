import path from 'node:path';
import { LocalDate } from '@js-joda/core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { generateDemoWorkspace } from '../../app/demo/generate';
import { openDatabase } from '../connection';
import { countRunningOnEach } from './dashboard';

const tempDir = useTempDir();

/** The definition, row by row: signed or past signature, starts_on ≤ day ≤ ends_on (no end: still running). */
const RUNNING_BY_DEFINITION = `SELECT count(*) FROM conventions
  WHERE status IN ('signee', 'en_cours', 'terminee', 'resiliee', 'denoncee') AND starts_on <= @day AND (ends_on IS NULL OR ends_on >= @day)`;

describe('countRunningOnEach (the dashboard’s conventions running each month)', () => {
  it('gives the definition’s count on every first day of the month and every day around the ends, open-ended conventions and unsigned ones included', () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    generateDemoWorkspace({ file, role: 'agence', conventions: 300, seed: 11 });
    const demo = openDatabase(file);
    // Open-ended conventions (no planned end) of every status, unsigned ones among them.
    demo.prepare('UPDATE conventions SET ends_on = NULL WHERE id % 7 = 0').run();
    const statuses = demo.prepare('SELECT DISTINCT status FROM conventions WHERE ends_on IS NULL').pluck().all();
    expect(statuses).toEqual(expect.arrayContaining(['a_signer', 'en_cours', 'terminee']));
    const bounds = demo.prepare('SELECT min(starts_on) AS first, max(coalesce(ends_on, starts_on)) AS last FROM conventions').get() as {
      first: string;
      last: string;
    };
    const days: string[] = [];
    for (let d = LocalDate.parse(bounds.first).withDayOfMonth(1).minusMonths(1); d.toString() <= bounds.last; d = d.plusMonths(1)) days.push(d.toString());
    // The days a convention starts or ends on, and the days next to them.
    const edges = demo.prepare('SELECT starts_on FROM conventions UNION SELECT ends_on FROM conventions WHERE ends_on IS NOT NULL').pluck().all() as string[];
    for (const edge of edges.slice(0, 200)) days.push(edge, LocalDate.parse(edge).plusDays(1).toString(), LocalDate.parse(edge).minusDays(1).toString());
    const sorted = [...new Set(days)].sort();
    const expected = sorted.map((day) => demo.prepare(RUNNING_BY_DEFINITION).pluck().get({ day }));
    expect(new Set(expected).size).toBeGreaterThan(10);
    expect(countRunningOnEach(demo, sorted)).toEqual(expected);
    // One day alone, and twelve months as the dashboard asks.
    expect(sorted.map((day) => countRunningOnEach(demo, [day])[0])).toEqual(expected);
    const months = sorted.filter((day) => day.endsWith('-01')).slice(-12);
    expect(countRunningOnEach(demo, months)).toEqual(months.map((day) => demo.prepare(RUNNING_BY_DEFINITION).pluck().get({ day })));
    demo.close();
  });
});
