import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/api/contract';
import { useTempDir } from '../../test/helpers/temp-dir';
import { openDatabase } from '../db/connection';
import { putSetting } from '../db/repositories/workspace';
import { SAVED_VIEWS_SETTING } from '../db/repositories/saved-views';
import { deleteView, listViews, saveView } from './views';

const tempDir = useTempDir();

describe('saved views of the conventions list', () => {
  it('saves, replaces by name, lists in order and deletes, in the settings table', () => {
    const db = openDatabase(path.join(tempDir(), 'views.sqlite'));
    expect(listViews(db)).toEqual([]);
    saveView(db, 'Réunion', { department: '974', sort: { by: 'endsOn', dir: 'asc' } });
    saveView(db, 'Fins de contrat', { status: 'en_cours', endsFrom: '2009-06-01', endsTo: '2009-06-30' });
    expect(listViews(db).map((v) => v.name)).toEqual(['Fins de contrat', 'Réunion']);
    // The same name, case aside, replaces the view.
    const replaced = saveView(db, 'réunion', { department: '974', measure: 'CAE_DOM' });
    expect(replaced).toEqual([
      { name: 'Fins de contrat', filters: { status: 'en_cours', endsFrom: '2009-06-01', endsTo: '2009-06-30' } },
      { name: 'réunion', filters: { department: '974', measure: 'CAE_DOM' } },
    ]);
    expect(deleteView(db, 'RÉUNION').map((v) => v.name)).toEqual(['Fins de contrat']);
    expect(() => deleteView(db, 'Inconnue')).toThrow("Aucune vue enregistrée ne s'appelle « Inconnue ».");
    db.close();
  });

  it('leaves out a stored view that no longer fits the filters', () => {
    const db = openDatabase(path.join(tempDir(), 'views-old.sqlite'));
    putSetting(db, SAVED_VIEWS_SETTING, [{ name: 'Ancienne', filters: { colour: 'bleu' } }, { name: 'Bonne', filters: {} }, 'x']);
    expect(listViews(db)).toEqual([{ name: 'Bonne', filters: {} }]);
    db.close();
  });

  it('refuses an empty name or an unknown sort column with French messages', () => {
    const save = channels['views.save'].input;
    expect(save.safeParse({ name: '  ', filters: {} }).error?.issues[0]?.message).toBe('nom de la vue obligatoire');
    expect(save.safeParse({ name: 'Tri', filters: { sort: { by: 'nir', dir: 'asc' } } }).error?.issues[0]?.message).toBe('colonne de tri inconnue');
    const list = channels['conventions.list'].input;
    expect(list.safeParse({ endsFrom: '2009-07-01', endsTo: '2009-06-01' }).error?.issues[0]?.message).toBe('la date de fin « au » doit suivre la date « du »');
  });
});
