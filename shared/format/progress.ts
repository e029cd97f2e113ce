/** Progress of long work in words, the same on screen and in the terminal (issue #16). */
import { formatInteger } from './integer';

export interface TaskProgress {
  task: 'export' | 'import' | 'check' | 'demo';
  done: number;
  total: number;
}

const WHAT: Record<TaskProgress['task'], { title: string; unit: string }> = {
  export: { title: 'Export CSV', unit: 'lignes' },
  import: { title: 'Import du fichier retour', unit: 'lignes' },
  check: { title: 'Vérification des conventions', unit: 'conventions' },
  demo: { title: 'Génération de la démonstration', unit: 'conventions' },
};

/** « Export CSV : 50 000 sur 200 000 lignes (25 %) ». */
export function taskProgressText(p: TaskProgress): string {
  const { title, unit } = WHAT[p.task];
  const percent = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
  return `${title} : ${formatInteger(p.done)} sur ${formatInteger(p.total)} ${unit} (${percent} %)`;
}

export function taskTitle(p: TaskProgress): string {
  return WHAT[p.task].title;
}
