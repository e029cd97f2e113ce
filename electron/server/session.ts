/**
 * Browser mode's sign-in: the page is never served to whoever asks. The app
 * prints (and writes to a file only its owner can read) a URL carrying a
 * one-time code; opening it exchanges the code, once and within two minutes,
 * for an `HttpOnly; SameSite=Strict` session cookie, then redirects to the
 * app. Every later request, static files and API alike, needs the cookie:
 * the page's script never sees it, and no response to a request without it
 * carries it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files';

/** How long a one-time code may wait before it is used. */
export const CODE_TTL_MS = 2 * 60 * 1000;
/** The file, in the data folder, that always holds a fresh sign-in URL (mode 0600). */
export const LOGIN_URL_FILE = 'adresse-navigateur.txt';

export interface Session {
  /** `Cookie` header → true when it carries this launch's session cookie. */
  isSignedIn: (cookieHeader: string | undefined) => boolean;
  /** Consumes `code`: the `Set-Cookie` value when it is valid, unused and not expired, else null. */
  exchange: (code: string) => string | null;
  /** A new one-time code. */
  issueCode: () => string;
  /** The URL the login file holds (a fresh code is issued when its own is used or expired). */
  fileUrl: () => string;
  close: () => void;
}

export interface SessionOptions {
  port: number;
  /** Where to keep the current sign-in URL, or none. */
  loginFile?: string | undefined;
  now?: () => number;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const secret = () => randomBytes(32).toString('base64url');

/** Writes the URL with mode 0600 through a temporary file, so no reader ever sees a looser file. */
function writeLoginFile(file: string, url: string): void {
  makePrivateDir(path.dirname(file));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.rmSync(temp, { force: true });
  fs.writeFileSync(temp, `${url}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  fs.renameSync(temp, file);
}

export function createSession(options: SessionOptions): Session {
  const now = options.now ?? Date.now;
  // Cookies are not separated by port: the name carries it, so two instances do not overwrite each other's.
  const cookieName = `cae_session_${options.port}`;
  const cookieValue = secret();
  const codes = new Map<string, number>();
  let fileCode = '';
  let timer: NodeJS.Timeout | undefined;
  const baseUrl = `http://127.0.0.1:${options.port}/`;

  function issueCode(): string {
    for (const [code, expires] of codes) if (expires <= now()) codes.delete(code);
    const code = secret();
    codes.set(code, now() + CODE_TTL_MS);
    return code;
  }

  function renewFileCode(): void {
    codes.delete(fileCode);
    fileCode = issueCode();
    if (options.loginFile) writeLoginFile(options.loginFile, `${baseUrl}?code=${fileCode}`);
    clearTimeout(timer);
    timer = setTimeout(renewFileCode, CODE_TTL_MS);
    timer.unref();
  }
  renewFileCode();

  return {
    isSignedIn(cookieHeader) {
      const value = (cookieHeader ?? '')
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([name]) => name === cookieName)?.[1];
      return value !== undefined && sameSecret(value, cookieValue);
    },
    exchange(code) {
      const expires = [...codes].find(([known]) => sameSecret(code, known))?.[1];
      if (expires === undefined) return null;
      codes.delete(code);
      if (code === fileCode) renewFileCode();
      if (expires <= now()) return null;
      return `${cookieName}=${cookieValue}; HttpOnly; SameSite=Strict; Path=/`;
    },
    issueCode,
    fileUrl: () => `${baseUrl}?code=${fileCode}`,
    close() {
      clearTimeout(timer);
      if (options.loginFile) fs.rmSync(options.loginFile, { force: true });
    },
  };
}

/** The page answered to a browser without the session cookie, or with a used or expired code: no token, no app. */
export function signInPage(reason: 'absent' | 'used'): string {
  const first =
    reason === 'used'
      ? 'Ce lien d’ouverture a déjà servi ou a expiré : chaque lien ne sert qu’une fois, dans les deux minutes.'
      : 'Cette page est réservée à la personne qui a lancé l’application.';
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Conventions CAE — accès refusé</title></head><body>',
    '<h1>Accès refusé</h1>',
    `<p>${first}</p>`,
    `<p>Ouvrez l’adresse affichée au lancement de l’application, ou celle du fichier <code>${LOGIN_URL_FILE}</code> du dossier de données, qui est toujours valable.</p>`,
    '</body></html>',
  ].join('\n');
}
