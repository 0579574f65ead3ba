-- Foundation: the city this server runs for and its offices. Later features add their own
-- migrations (0002_…); never edit this file once released — add a new one instead.

-- Exclusion constraints on (resource, time range) need btree_gist (PGlite loads it too).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A localised name: every locale the portal speaks, each a non-empty string.
CREATE FUNCTION is_localized_name(value jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT
  AS $$
    -- coalesce: a missing key yields NULL, and a CHECK that is NULL passes.
    SELECT coalesce(
      jsonb_typeof(value) = 'object'
        AND jsonb_typeof(value -> 'ja') = 'string' AND length(value ->> 'ja') > 0
        AND jsonb_typeof(value -> 'en') = 'string' AND length(value ->> 'en') > 0
        AND jsonb_typeof(value -> 'ja-easy') = 'string' AND length(value ->> 'ja-easy') > 0,
      false)
  $$;

-- Exactly zero or one row: the municipality's own settings.
CREATE TABLE city (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  name jsonb NOT NULL CHECK (is_localized_name(name)),
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The main office (本庁) and branch offices (支所).
CREATE TABLE sites (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  kind text NOT NULL CHECK (kind IN ('main', 'branch')),
  name jsonb NOT NULL CHECK (is_localized_name(name)),
  -- { "postalCode": "798-0000", "ja": "…", "en": "…" }; free-form beyond being an object.
  address jsonb CHECK (address IS NULL OR jsonb_typeof(address) = 'object'),
  sort_order integer NOT NULL DEFAULT 0,
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One main office per city.
CREATE UNIQUE INDEX sites_one_main_office ON sites (kind) WHERE kind = 'main';
CREATE INDEX sites_display_order ON sites (sort_order, id);
