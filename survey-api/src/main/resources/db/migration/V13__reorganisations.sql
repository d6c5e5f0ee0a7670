-- Reorganisations as data (docs/units.md, "Reorganisations"): every change an admin (or the V14
-- import) makes to the tree is kept with who made it, when and why. A reorganisation is one plan
-- applied in one transaction; its changes are the lines of that plan.
CREATE TABLE reorganisation (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  applied_at  DATETIME(3)   NOT NULL,
  applied_by  VARCHAR(60)   NOT NULL,
  reason      VARCHAR(500)  NOT NULL,
  -- the uploaded file's name or what the plan is, e.g. khanhhoa-departments-2017-2026.csv
  origin      VARCHAR(200)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE reorganisation_change (
  reorganisation_id BIGINT        NOT NULL,
  seq               INT           NOT NULL,
  -- the plan's line (CSV line, or position in a JSON list)
  line              INT           NOT NULL,
  -- CREATE, END, LINK, RENAME, MOVE, SOURCE, MOVE_RATINGS
  change_kind       VARCHAR(16)   NOT NULL,
  unit_code         VARCHAR(80)   NOT NULL,
  summary           VARCHAR(1000) NOT NULL,
  PRIMARY KEY (reorganisation_id, seq),
  CONSTRAINT reorganisation_change_of FOREIGN KEY (reorganisation_id) REFERENCES reorganisation (id)
) DEFAULT CHARSET=utf8mb4;

-- Provenance of a unit's facts: the source column of the row that created or ended it (what is
-- attested, what is inferred, marked [UNCERTAIN]). Units of V3 have none.
CREATE TABLE unit_source (
  unit_id BIGINT        NOT NULL PRIMARY KEY,
  source  VARCHAR(2000) NOT NULL,
  CONSTRAINT unit_source_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;
