import { createContext, useContext } from 'react';
import type { Finding } from '../../../../shared/rules/index';
import type { Doc, FieldValue } from './model';

export interface InstructForm {
  doc: Doc;
  set: (path: string, value: FieldValue) => void;
  /** Several fields at once (a registry pick). */
  patch: (values: Record<string, FieldValue>) => void;
  /** A change the field paths cannot say (a list of rows, a block set or removed at once): the next document from the current one. */
  update: (change: (doc: Doc) => Doc) => void;
  /** The rules' findings, by the document path they name. */
  findings: ReadonlyMap<string, Finding[]>;
  /** Missing-field findings show once the field was visited (or the agent tried to send). */
  visited: (path: string) => boolean;
  readOnly: boolean;
}

export const InstructFormContext = createContext<InstructForm | null>(null);

export function useInstructForm(): InstructForm {
  const form = useContext(InstructFormContext);
  if (!form) throw new Error('useInstructForm hors du formulaire d’instruction');
  return form;
}
