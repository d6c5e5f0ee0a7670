-- Dossier timeliness (docs/dossiers.md): per unit and period, the provincial report's columns
-- (seed 004). The parts of "received" and "pending" are NULL where the source gives only the
-- total; the parts of "resolved" are always known (on-time % needs them).
CREATE TABLE dossier_stat (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id         BIGINT      NOT NULL,
  period_label    VARCHAR(10) NOT NULL,
  period_from     DATE        NOT NULL,
  period_to       DATE        NOT NULL,
  received        INT         NOT NULL,
  carried_over    INT,
  received_online INT,
  received_direct INT,
  resolved        INT         NOT NULL,
  early           INT         NOT NULL,
  on_time         INT         NOT NULL,
  late            INT         NOT NULL,
  pending         INT         NOT NULL,
  pending_in_time INT,
  pending_overdue INT,
  imported_at     DATETIME(3) NOT NULL,
  imported_by     VARCHAR(60) NOT NULL,
  CONSTRAINT dossier_stat_unit_period UNIQUE (unit_id, period_label),
  CONSTRAINT dossier_stat_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX dossier_stat_period ON dossier_stat (period_from, period_to);
