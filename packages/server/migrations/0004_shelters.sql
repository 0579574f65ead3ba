-- Disaster response: shelters (master data), the reports they send to the HQ, the supply
-- requests derived from those reports, and the HQ event log behind the live board.
-- Never edit this file once released — add a new migration instead.
--
-- "A report is never counted twice" is an invariant of the database: a report's primary key is
-- the id its device created, so however many times (and through however many server instances)
-- it arrives, it is stored once.

-- 指定避難所 / 指定緊急避難場所, keyed by the 14-character 全国共通避難所・避難場所ID
-- (E + municipality code (5) + facility serial (5) + type major (1) + type minor (1) + sequence).
CREATE TABLE shelters (
  id text PRIMARY KEY CHECK (id ~ '^E[0-9]{10}[12][0-2][0-9A-Za-z]$'),
  -- 地方公共団体コード with its check digit (derived from the id on import).
  local_government_code text NOT NULL CHECK (local_government_code ~ '^[0-9]{6}$'),
  name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
  name_kana text CHECK (char_length(name_kana) <= 200),
  name_english text CHECK (char_length(name_english) <= 200),
  -- 指定避難所 (shelter) or 指定緊急避難場所 (emergency_site): what the id's type digit says.
  kind text NOT NULL CHECK (kind IN ('shelter', 'emergency_site')),
  -- 一般避難所 / 福祉避難所, for shelters only.
  shelter_type text CHECK (shelter_type IN ('general', 'welfare')),
  address text NOT NULL DEFAULT '' CHECK (char_length(address) <= 500),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  -- 想定収容人数 (persons), when the source says.
  capacity integer CHECK (capacity BETWEEN 0 AND 1000000),
  -- Disasters a site is designated for (flood, landslide, … as in the importer's hazardKinds).
  hazards text[] NOT NULL DEFAULT '{}',
  accepted_people text CHECK (char_length(accepted_people) <= 1000),
  phone text CHECK (char_length(phone) <= 50),
  remarks text CHECK (char_length(remarks) <= 4000),
  sample boolean NOT NULL DEFAULT false,
  -- When the master data last set this row (created or updated by an import).
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shelters_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CONSTRAINT shelters_kind_matches_id CHECK ((kind = 'shelter') = (substr(id, 12, 1) = '1')),
  CONSTRAINT shelters_type_only_for_shelters CHECK (shelter_type IS NULL OR kind = 'shelter')
);

-- Every report a shelter (or the HQ on its behalf) sent. Rows are never updated: a correction
-- is a new report whose `supersedes` names the one it replaces.
CREATE TABLE shelter_reports (
  -- The id the device created when the form was opened (UUIDv7): the idempotency key.
  id uuid PRIMARY KEY,
  shelter_id text NOT NULL REFERENCES shelters (id) ON DELETE RESTRICT,
  kind text NOT NULL CHECK (kind IN ('opening', 'status', 'supply_request', 'damage', 'closing')),
  -- The form version the device sent (HQ accepts older ones) …
  form_version integer NOT NULL CHECK (form_version BETWEEN 1 AND 1000),
  -- … and the version `data` is stored in (upgraded on receipt; a later migration may upgrade it).
  data_version integer NOT NULL CHECK (data_version >= form_version),
  -- When the form was created, by the device's clock (may be wrong: see least(…) in queries).
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- No foreign key on purpose: a correction carried by hand may arrive before the original.
  supersedes uuid CHECK (supersedes <> id),
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  -- SHA-256 (hex) of the request body as sent (canonical JSON): "same id, same body" is a repeat,
  -- "same id, other body" a conflict.
  body_hash text NOT NULL CHECK (body_hash ~ '^[0-9a-f]{64}$'),
  -- Who sent it; the role stays when the account is deleted (HQ may enter a phoned-in report).
  account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  entered_by text NOT NULL CHECK (entered_by IN ('shelter', 'hq', 'sample')),
  sample boolean NOT NULL DEFAULT false
);

CREATE INDEX shelter_reports_by_shelter ON shelter_reports (shelter_id, created_at DESC);
CREATE INDEX shelter_reports_supersedes ON shelter_reports (supersedes) WHERE supersedes IS NOT NULL;

-- Supply requests (物資要請): one per supply_request report, with the HQ's progress on it.
CREATE TABLE supply_requests (
  id uuid PRIMARY KEY REFERENCES shelter_reports (id) ON DELETE CASCADE,
  shelter_id text NOT NULL REFERENCES shelters (id) ON DELETE RESTRICT,
  -- 要請 → 調達 → 輸送 → 到着, forward only (trigger below).
  status text NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'procuring', 'in_transit', 'arrived')),
  requested_at timestamptz NOT NULL,
  needed_by timestamptz,
  -- [{ item, itemName?, quantity, unit }] as in the report.
  items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  beneficiaries integer CHECK (beneficiaries >= 0),
  -- The correction that replaced this request; it leaves the open queue but can still be moved on.
  superseded_by uuid REFERENCES supply_requests (id) ON DELETE SET NULL,
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  status_changed_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  sample boolean NOT NULL DEFAULT false
);

CREATE INDEX supply_requests_open ON supply_requests (shelter_id) WHERE status <> 'arrived';

-- The order of the statuses; NULL for anything else.
CREATE FUNCTION supply_request_status_rank(status text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT array_position(ARRAY['requested', 'procuring', 'in_transit', 'arrived'], status) $$;

-- Forward only, one step or more (goods may arrive before HQ marked them in transit), never back:
-- enforced here too, so no code path or hand-written UPDATE can move a request backwards.
CREATE FUNCTION supply_requests_forward_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF supply_request_status_rank(NEW.status) <= supply_request_status_rank(OLD.status) THEN
      RAISE EXCEPTION 'supply request status may only move forward (% -> %)', OLD.status, NEW.status
        USING ERRCODE = 'check_violation', CONSTRAINT = 'supply_requests_forward_only';
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER supply_requests_forward_only
  BEFORE UPDATE OF status ON supply_requests
  FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status)
  EXECUTE FUNCTION supply_requests_forward_only();

-- What the HQ board is told live (Server-Sent Events). Written in the transaction that made the
-- change and announced with NOTIFY on commit, so every server instance hears it; kept for a day
-- so a board that reconnects can resume from its Last-Event-ID.
CREATE TABLE hq_events (
  id bigserial PRIMARY KEY,
  type text NOT NULL
    CHECK (type IN ('report_received', 'supply_request_status_changed', 'shelters_imported')),
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX hq_events_created_at ON hq_events (created_at);

-- A shelter account must name a shelter that exists. NOT VALID first: a database that already
-- has shelter accounts (created before this migration, with no shelter rows yet) still migrates;
-- new and changed accounts are checked at once, and the old rows are validated here when they
-- all match (always on a new database). Otherwise, after importing the shelters, run
-- ALTER TABLE accounts VALIDATE CONSTRAINT accounts_shelter_exists;
ALTER TABLE accounts
  ADD CONSTRAINT accounts_shelter_exists FOREIGN KEY (shelter_id) REFERENCES shelters (id)
  ON DELETE RESTRICT NOT VALID;

DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM accounts a
    WHERE a.shelter_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM shelters s WHERE s.id = a.shelter_id)
  ) THEN
    ALTER TABLE accounts VALIDATE CONSTRAINT accounts_shelter_exists;
  END IF;
END
$$;
