/** The passphrase of the workspaces the tests create (a new workspace is encrypted at rest, issue #15). */
export const TEST_PASSPHRASE = 'quatre mots pour les tests';
