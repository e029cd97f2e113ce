/** Why a file could not be written, in French, from the system's error code (a command's output, a file saved by the desktop app). */
export function whyNotWritten(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'le dossier n’existe pas'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'écriture non autorisée'
      : code === 'EISDIR'
        ? 'c’est un dossier'
        : code === 'ENOTDIR'
          ? 'le chemin traverse un fichier'
          : code === 'ENOSPC'
            ? 'le disque est plein'
            : 'écriture impossible';
}
