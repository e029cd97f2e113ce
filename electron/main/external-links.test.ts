import { describe, expect, it, vi } from 'vitest';
import { CANCEL_BUTTON, externalLinkDialogOptions, isAllowedExternalUrl, OPEN_BUTTON, openExternalSafely } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each(['https://travail-emploi.gouv.fr/', 'https://www.service-public.fr/particuliers?x=1#a', 'mailto:contact@example.org', 'MAILTO:a@b.fr'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.org',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,x',
    'app://bundle/index.html',
    'https://bank.example@evil.example/',
    'https:',
    '//example.org',
    'example.org',
    '',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('externalLinkDialogOptions', () => {
  it('asks in French, shows the link, and defaults to « Annuler »', () => {
    const options = externalLinkDialogOptions('https://example.org/');
    expect(options.message).toBe('Ouvrir ce lien dans votre navigateur ?');
    expect(options.detail).toBe('https://example.org/');
    expect(options.buttons).toEqual(['Ouvrir', 'Annuler']);
    expect(options.buttons?.[OPEN_BUTTON]).toBe('Ouvrir');
    expect(options.defaultId).toBe(CANCEL_BUTTON);
    expect(options.cancelId).toBe(CANCEL_BUTTON);
  });
});

describe('openExternalSafely', () => {
  it('asks, then opens an allowed link the user accepted', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    await expect(openExternalSafely('https://example.org/', confirm, open)).resolves.toBe(true);
    expect(confirm).toHaveBeenCalledWith('https://example.org/');
    expect(open).toHaveBeenCalledWith('https://example.org/');
  });

  it('does not open what the user declined', async () => {
    const open = vi.fn(async () => undefined);
    await expect(openExternalSafely('mailto:a@b.fr', async () => false, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a forbidden scheme without even asking', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    for (const url of ['javascript:alert(1)', 'http://example.org', 'file:///etc/passwd']) {
      await expect(openExternalSafely(url, confirm, open)).resolves.toBe(false);
    }
    expect(confirm).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});
