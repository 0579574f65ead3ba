-- Accounts, sessions and rate limits, shared by the staff, shelter and HQ features.
-- Never edit this file once released — add a new migration instead.

-- People who sign in: specialists (staff), the disaster HQ (hq) and shelters (shelter).
CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored as entered (NFKC-normalised); unique and matched case-insensitively (index below).
  username text NOT NULL CHECK (username ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$'),
  display_name text NOT NULL CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 100),
  role text NOT NULL CHECK (role IN ('staff', 'hq', 'shelter')),
  -- 全国共通避難所・避難場所ID of the one shelter a shelter account reports for. No foreign key
  -- yet: the shelters table comes with the shelter feature, which can add it.
  shelter_id text CHECK (shelter_id ~ '^E[0-9]{10}[12][0-2][0-9A-Za-z]$'),
  -- scrypt$N$r$p$salt$hash: the parameters travel with the hash so they can be raised later.
  password_hash text NOT NULL CHECK (password_hash ~ '^scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$'),
  disabled boolean NOT NULL DEFAULT false,
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A shelter account belongs to exactly one shelter; nobody else is bound to one.
  CONSTRAINT accounts_shelter_binding CHECK ((role = 'shelter') = (shelter_id IS NOT NULL))
);

CREATE UNIQUE INDEX accounts_username_unique ON accounts (lower(username));

-- Signed-in browsers. The id is the SHA-256 (hex) of the cookie's random token, so a leaked
-- table (backup, log of a query) cannot be replayed as a cookie.
CREATE TABLE sessions (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Absolute expiry; the idle expiry is last_seen_at + the idle timeout, checked in code.
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_at > created_at)
);

CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_account ON sessions (account_id);

-- Request counters in fixed windows, combined into a sliding estimate by the server. Kept in
-- the database so every server instance behind a load balancer counts against the same limit.
-- key is the SHA-256 (hex) of the limiter key, so no IP address or typed username is stored.
CREATE TABLE rate_limits (
  key text NOT NULL CHECK (key ~ '^[0-9a-f]{64}$'),
  window_start timestamptz NOT NULL,
  count integer NOT NULL CHECK (count >= 0),
  -- Two windows after the start the row no longer affects any estimate and may be deleted.
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (key, window_start)
);

CREATE INDEX rate_limits_expires_at ON rate_limits (expires_at);
