-- Improvement plans (docs/plans.md): per unit and year, tasks under one of the six criteria, as in
-- the annexes of Cam Ranh and Phước Tiến (seeds 000, 001). deadline NULL is "Thường xuyên"
-- (ongoing). done_on is the day a task was done: the trend marks it.
CREATE TABLE plan_item (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_id         BIGINT        NOT NULL,
  plan_year       INT           NOT NULL,
  criterion       VARCHAR(20)   NOT NULL,
  task            VARCHAR(4000) NOT NULL,
  lead_agency     VARCHAR(500)  NOT NULL,
  partners        VARCHAR(1000),
  deadline        DATE,
  status          VARCHAR(20)   NOT NULL,
  result_text     VARCHAR(4000),
  evidence_number VARCHAR(200),
  evidence_date   DATE,
  evidence_link   VARCHAR(1000),
  done_on         DATE,
  created_at      DATETIME(3)   NOT NULL,
  created_by      VARCHAR(60)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  updated_by      VARCHAR(60)   NOT NULL,
  CONSTRAINT plan_item_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX plan_item_unit_year ON plan_item (unit_id, plan_year);
CREATE INDEX plan_item_done ON plan_item (done_on);

-- The uploaded evidence of a task (at most one, 10 MB at most), in the database so that a backup
-- holds it; its type was read from its content, not its name.
CREATE TABLE plan_evidence_file (
  item_id     BIGINT       NOT NULL PRIMARY KEY,
  file_name   VARCHAR(255) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size_bytes  INT          NOT NULL,
  uploaded_at DATETIME(3)  NOT NULL,
  uploaded_by VARCHAR(60)  NOT NULL,
  CONSTRAINT plan_evidence_item FOREIGN KEY (item_id) REFERENCES plan_item (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

-- Its content in pieces of 1 MB: MySQL's driver sends a piece escaped in one packet (up to twice
-- its size), and MariaDB's default max_allowed_packet is 16 MB, less than twice 10 MB.
CREATE TABLE plan_evidence_chunk (
  item_id BIGINT     NOT NULL,
  seq     INT        NOT NULL,
  content MEDIUMBLOB NOT NULL,
  PRIMARY KEY (item_id, seq),
  CONSTRAINT plan_evidence_chunk_file FOREIGN KEY (item_id)
    REFERENCES plan_evidence_file (item_id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;
