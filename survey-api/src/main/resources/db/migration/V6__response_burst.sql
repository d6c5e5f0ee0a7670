-- Burst guard (docs/decisions.md, "Burst guard"): a KIOSK rating submitted less than the burst window
-- (8 s) after the previous rating of the same kiosk is kept, flagged and rolled up apart, so that
-- dashboards leave repeated presses out by default and can add them back without scanning responses.
ALTER TABLE response ADD COLUMN burst BOOLEAN NOT NULL DEFAULT FALSE;

-- The burst check reads a kiosk's latest ratings before storing a new one.
CREATE INDEX response_kiosk_time ON response (kiosk_id, submitted_at);

-- The same counts as daily_rollup, for burst ratings only; daily_rollup + daily_rollup_burst = all.
CREATE TABLE daily_rollup_burst (
  unit_id       BIGINT      NOT NULL,
  local_date    DATE        NOT NULL,
  question_code VARCHAR(20) NOT NULL,
  n1            INT         NOT NULL,
  n2            INT         NOT NULL,
  n3            INT         NOT NULL,
  n4            INT         NOT NULL,
  n5            INT         NOT NULL,
  n_na          INT         NOT NULL,
  PRIMARY KEY (unit_id, question_code, local_date),
  CONSTRAINT rollup_burst_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

-- Read the same way as daily_rollup (range over many units), so indexed the same way.
CREATE INDEX daily_rollup_burst_day
  ON daily_rollup_burst (local_date, question_code, unit_id, n1, n2, n3, n4, n5, n_na);
