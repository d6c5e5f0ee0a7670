-- Control-chart alerts (docs/method.md, "Control-chart alerts"): a signal of a unit's weekly p-chart
-- for one criterion, raised once. A signal is identified by its unit, criterion, rule and first
-- week (the week itself for a point under the lower limit, the run's first week for 8 in a row
-- under the centre), so a run that goes on, or a second scan, never raises it again.
CREATE TABLE alert (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id      BIGINT        NOT NULL,
  criterion    VARCHAR(12)   NOT NULL,
  rule_code    VARCHAR(24)   NOT NULL,
  -- Mondays (local time) of the signal's first week and of the week that raised it
  first_week   DATE          NOT NULL,
  signal_week  DATE          NOT NULL,
  -- the raising week's share, centre and lower limit (proportions) and effective respondents
  share        DOUBLE        NOT NULL,
  centre       DOUBLE        NOT NULL,
  lower_limit  DOUBLE        NOT NULL,
  respondents  DOUBLE        NOT NULL,
  raised_at    DATETIME(3)   NOT NULL,
  closed_at    DATETIME(3),
  closed_by    VARCHAR(64),
  close_note   VARCHAR(1000),
  CONSTRAINT alert_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT alert_rule CHECK (rule_code IN ('BELOW_LOWER_LIMIT', 'RUN_BELOW_CENTRE')),
  CONSTRAINT alert_signal UNIQUE (unit_id, criterion, rule_code, first_week)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX alert_unit_week ON alert (unit_id, signal_week);
