-- Local accounts (issue #15 §1), switched on per workspace: a workspace with
-- no row here works as before (one user, the workspace's name as actor); from
-- the first account on, it asks for sign-in. The password is never stored:
-- `password_hash` is `scrypt$N$r$p$<salt hex>$<key hex>` (node:crypto, a
-- random salt per account, the parameters kept with the hash). Five failed
-- sign-ins in a row lock the account until `locked_until`.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 2 AND 40 AND login NOT GLOB '*[^a-z0-9._-]*'),
  display_name TEXT NOT NULL CHECK (length(trim(display_name)) BETWEEN 2 AND 120),
  role TEXT NOT NULL CHECK (role IN ('administrateur', 'instructeur', 'lecture')),
  password_hash TEXT NOT NULL CHECK (password_hash GLOB 'scrypt$*$*$*$*$*'),
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until TEXT CHECK (locked_until IS NULL OR locked_until GLOB '[0-9][0-9][0-9][0-9]-*'),
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
) STRICT;
