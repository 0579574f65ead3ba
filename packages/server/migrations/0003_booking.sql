-- Online consultation windows: services, specialists and their hours, branch booths, closures
-- and bookings. Never edit this file once released — add a new migration instead.
--
-- No double booking is an invariant of the database, not only of the code: two exclusion
-- constraints on bookings.blocked (one per specialist, one per booth) refuse any overlap with
-- SQLSTATE 23P01, however many server instances race for the same slot.

-- "home" is the id of the from-home location on the wire; no site may take it.
ALTER TABLE sites ADD CONSTRAINT sites_id_not_home CHECK (id <> 'home');

-- A label in Japanese and English (closures); NULL allowed, an incomplete object is not.
CREATE FUNCTION is_bilingual_label(value jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT
  AS $$
    SELECT coalesce(
      jsonb_typeof(value) = 'object'
        AND jsonb_typeof(value -> 'ja') = 'string' AND length(value ->> 'ja') > 0
        AND jsonb_typeof(value -> 'en') = 'string' AND length(value ->> 'en') > 0,
      false)
  $$;

-- Consultation services (移住・定住支援, 戸籍の届出, 生活保護の相談 …).
CREATE TABLE services (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name jsonb NOT NULL CHECK (is_localized_name(name)),
  description jsonb NOT NULL CHECK (is_localized_name(description)),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  -- Where it may happen: a non-empty subset of ["branch", "home"].
  modes jsonb NOT NULL CHECK (
    jsonb_typeof(modes) = 'array' AND jsonb_array_length(modes) BETWEEN 1 AND 2
    AND modes <@ '["branch", "home"]'::jsonb),
  -- Documents to bring: an array of localised names.
  documents jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(documents) = 'array'),
  -- Book by the close of the nth business day before (1 = the previous business day).
  min_notice_business_days integer NOT NULL DEFAULT 1 CHECK (min_notice_business_days BETWEEN 0 AND 30),
  -- How many calendar days ahead residents may book.
  horizon_days integer NOT NULL DEFAULT 30 CHECK (horizon_days BETWEEN 0 AND 366),
  -- Minutes kept free after each session of this service (notes, resetting the booth).
  buffer_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
  -- Slots start on this grid, counted from midnight in Tokyo (08:30, 09:00 … for 30).
  slot_interval_minutes integer NOT NULL DEFAULT 30 CHECK (slot_interval_minutes BETWEEN 5 AND 240),
  sort_order integer NOT NULL DEFAULT 0,
  -- Inactive services are no longer offered; their bookings stay.
  active boolean NOT NULL DEFAULT true,
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Specialists, who work at the main office (its closures close every location); account_id
-- links the staff account they sign in with.
CREATE TABLE specialists (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  display_name text NOT NULL CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 100),
  account_id uuid UNIQUE REFERENCES accounts (id) ON DELETE SET NULL,
  active boolean NOT NULL DEFAULT true,
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Who handles which service; sort_order breaks ties when two are equally free.
CREATE TABLE service_specialists (
  service_id text NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  specialist_id text NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (service_id, specialist_id)
);

CREATE INDEX service_specialists_specialist ON service_specialists (specialist_id);

-- Weekly hours, wall-clock in Tokyo (0 = Sunday … 6 = Saturday). A specialist without rows
-- works no hours; several rows a day allow a lunch break, and they may not overlap.
CREATE TABLE specialist_weekly_hours (
  specialist_id text NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
  day smallint NOT NULL CHECK (day BETWEEN 0 AND 6),
  start_time time NOT NULL,
  end_time time NOT NULL,
  CHECK (end_time > start_time),
  PRIMARY KEY (specialist_id, day, start_time),
  -- date + time is immutable, so the range can index the wall-clock span of any day.
  CONSTRAINT specialist_weekly_hours_no_overlap EXCLUDE USING gist (
    specialist_id WITH =, day WITH =,
    tsrange(DATE '2000-01-01' + start_time, DATE '2000-01-01' + end_time) WITH &&)
);

-- Hours replacing the weekly hours on one date: [{ "start": "09:00", "end": "12:00" }];
-- an empty array means away that day.
CREATE TABLE specialist_exceptions (
  specialist_id text NOT NULL REFERENCES specialists (id) ON DELETE CASCADE,
  date date NOT NULL,
  hours jsonb NOT NULL CHECK (jsonb_typeof(hours) = 'array'),
  note text CHECK (char_length(note) <= 200),
  PRIMARY KEY (specialist_id, date)
);

-- Consultation booths at branch offices; a booth hosts one session at a time.
CREATE TABLE booths (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  name jsonb NOT NULL CHECK (is_localized_name(name)),
  sort_order integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Target of the bookings' (booth_id, site_id) key: a booking's booth is at its branch.
  UNIQUE (id, site_id)
);

-- One-off closures (a branch refurbishment, a system change), both dates included. site_id NULL
-- closes every site. National holidays and weekends need no rows; the year-end closure is in
-- booking_settings.
CREATE TABLE site_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id text REFERENCES sites (id) ON DELETE CASCADE,
  from_date date NOT NULL,
  to_date date NOT NULL,
  label jsonb CHECK (label IS NULL OR is_bilingual_label(label)),
  sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date >= from_date)
);

CREATE INDEX site_closures_site ON site_closures (site_id, to_date);

-- Zero or one row; without it the defaults below apply.
CREATE TABLE booking_settings (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  -- Closures every year, [{ "from": "12-29", "to": "01-03", "label": { "ja", "en" } }]; a
  -- "from" after "to" spans New Year. Set by each municipality's ordinance.
  recurring_closures jsonb NOT NULL DEFAULT
    '[{"from": "12-29", "to": "01-03", "label": {"ja": "年末年始", "en": "Year-end and New Year holidays"}}]'
    CHECK (jsonb_typeof(recurring_closures) = 'array'),
  -- Close of the business day: the minimum notice and the cancellation cut-off end here.
  office_close_time time NOT NULL DEFAULT '17:15',
  -- Domain of calendar-file UIDs (reference@domain); the request's host name when NULL.
  calendar_uid_domain text CHECK (calendar_uid_domain ~ '^[A-Za-z0-9.-]{1,253}$'),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- UWJ-7K4P-M2: 8 symbols from an unambiguous alphabet and a check character.
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$'),
  -- SHA-256 (base64url) of the manage token: a leaked table cannot cancel anyone's booking.
  manage_token_hash text NOT NULL CHECK (manage_token_hash ~ '^[A-Za-z0-9_-]{43}$'),
  service_id text NOT NULL REFERENCES services (id),
  mode text NOT NULL CHECK (mode IN ('branch', 'home')),
  -- The branch office (NULL from home) and its booth.
  site_id text REFERENCES sites (id),
  booth_id text,
  specialist_id text NOT NULL REFERENCES specialists (id),
  -- The session, [start, end).
  during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)
    AND NOT lower_inf(during) AND NOT upper_inf(during)),
  -- The session plus the service's buffer after it: [start, end + buffer). The exclusion
  -- constraints compare these, so two sessions of one specialist or booth are always at least
  -- the earlier one's buffer apart (written by the server from services.buffer_minutes).
  blocked tstzrange NOT NULL CHECK (lower(blocked) = lower(during) AND upper(blocked) >= upper(during)
    AND lower_inc(blocked) AND NOT upper_inc(blocked)),
  status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled', 'done', 'no_show')),
  resident_name text NOT NULL CHECK (char_length(resident_name) BETWEEN 1 AND 100),
  resident_name_kana text NOT NULL CHECK (char_length(resident_name_kana) BETWEEN 1 AND 100),
  resident_phone text NOT NULL CHECK (char_length(resident_phone) BETWEEN 1 AND 20),
  resident_email text CHECK (char_length(resident_email) <= 254),
  -- Sensitive (welfare): shown to the specialist only, never in the resident's view or logs.
  summary text CHECK (char_length(summary) <= 4000),
  -- [{ "type": "sign_language" }, { "type": "interpreter", "language": "…" }, …]
  accommodations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(accommodations) = 'array'),
  consented_at timestamptz NOT NULL,
  -- Raised on every reschedule or cancellation: the SEQUENCE of the .ics.
  revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
  -- Idempotency-Key: its SHA-256 (hex) and the SHA-256 of the request body; the manage token
  -- sealed with a key derived from the Idempotency-Key, so a retry can return the first answer
  -- while the table alone never reveals a token.
  idempotency_key_hash text UNIQUE CHECK (idempotency_key_hash ~ '^[0-9a-f]{64}$'),
  request_hash text CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  manage_token_sealed text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((mode = 'home') = (site_id IS NULL)),
  CHECK ((mode = 'home') = (booth_id IS NULL)),
  CHECK ((idempotency_key_hash IS NULL) = (request_hash IS NULL)),
  FOREIGN KEY (booth_id, site_id) REFERENCES booths (id, site_id),
  CONSTRAINT bookings_specialist_no_overlap EXCLUDE USING gist (
    specialist_id WITH =, blocked WITH &&) WHERE (status <> 'cancelled'),
  CONSTRAINT bookings_booth_no_overlap EXCLUDE USING gist (
    booth_id WITH =, blocked WITH &&) WHERE (status <> 'cancelled' AND booth_id IS NOT NULL)
);

-- The exclusion constraints' indexes serve the slot queries (non-cancelled rows by resource and
-- time); this one serves the staff schedule, cancelled sessions included.
CREATE INDEX bookings_specialist_start ON bookings (specialist_id, lower(during));
CREATE INDEX bookings_service ON bookings (service_id);
