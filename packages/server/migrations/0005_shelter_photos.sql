-- Photos of shelter reports (被害報告の写真). A report names its photos in `data.photos` by the
-- SHA-256 of the resized file; the bytes arrive separately, one PUT per photo, after the report.
-- Never edit this file once released — add a new migration instead.
--
-- "A photo is never stored twice" is an invariant of the database: the key is (report, SHA-256),
-- so however often a device resends a photo, through however many server instances, one row.
-- Bytes live in the database (bytea) so PGlite and Postgres behave alike and backups hold
-- everything; photos are resized on the device (≤ 1600 px), a few hundred kB each.
CREATE TABLE shelter_report_photos (
  report_id uuid NOT NULL REFERENCES shelter_reports (id) ON DELETE CASCADE,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- The report's shelter, repeated so access checks and counts need no join.
  shelter_id text NOT NULL REFERENCES shelters (id) ON DELETE RESTRICT,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_length integer NOT NULL CHECK (byte_length BETWEEN 1 AND 20000000),
  bytes bytea NOT NULL,
  account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shelter_report_photos_key PRIMARY KEY (report_id, sha256),
  CONSTRAINT shelter_report_photos_length CHECK (octet_length(bytes) = byte_length)
);

CREATE INDEX shelter_report_photos_by_shelter ON shelter_report_photos (shelter_id);

-- The HQ board hears of each photo that arrives (a damage report's photos follow it).
ALTER TABLE hq_events DROP CONSTRAINT hq_events_type_check;
ALTER TABLE hq_events ADD CONSTRAINT hq_events_type_check CHECK (
  type IN ('report_received', 'supply_request_status_changed', 'shelters_imported', 'photo_received')
);
