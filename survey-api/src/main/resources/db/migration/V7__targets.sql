-- Targets per (unit or province-wide, year, criterion or all). The most specific one wins
-- (docs/method.md). target_key makes "one target per scope" a unique constraint even where
-- unit_id or criterion is NULL (NULLs never collide in a UNIQUE index).
CREATE TABLE target (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  target_key  VARCHAR(80)  NOT NULL,
  unit_id     BIGINT,
  target_year INT          NOT NULL,
  criterion   VARCHAR(20),
  percent     DOUBLE       NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  updated_by  VARCHAR(60)  NOT NULL,
  CONSTRAINT target_key UNIQUE (target_key),
  CONSTRAINT target_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT target_percent CHECK (percent > 0 AND percent <= 100)
) DEFAULT CHARSET=utf8mb4;

-- Khánh Hòa's plans: 85% satisfied in 2023, 95% by 2025 (seeds 002, 003).
INSERT INTO target (target_key, unit_id, target_year, criterion, percent, updated_at, updated_by) VALUES
('*:2023:*', NULL, 2023, NULL, 85.0, '2023-01-01 00:00:00', 'migration'),
('*:2025:*', NULL, 2025, NULL, 95.0, '2025-01-01 00:00:00', 'migration');
