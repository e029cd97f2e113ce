import { ApiCallError } from './transport';

const UNEXPECTED_ERROR = "Une erreur inattendue s'est produite. Réessayez ; si elle persiste, relancez l'application.";

/** The French message to show for a failure: the API's own message, or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return UNEXPECTED_ERROR;
}
