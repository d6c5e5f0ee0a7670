-- Administrative units across eras. A unit is never edited into another: it ends (valid_to)
-- and its successors begin, linked in unit_lineage as WHOLE or PARTIAL.
CREATE TABLE unit (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(80)  NOT NULL,
  official_code VARCHAR(10),
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(40),
  level         VARCHAR(12)  NOT NULL,
  parent_id     BIGINT,
  -- materialised path of ids, '/1/28/41/': a subtree is one prefix match
  path          VARCHAR(400) NOT NULL,
  valid_from    DATE,
  valid_to      DATE,
  end_reason    VARCHAR(300),
  CONSTRAINT unit_code UNIQUE (code),
  CONSTRAINT unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
  CONSTRAINT unit_level CHECK (level IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'OTHER'))
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX unit_path ON unit (path);

CREATE TABLE unit_lineage (
  predecessor_id BIGINT     NOT NULL,
  successor_id   BIGINT     NOT NULL,
  share          VARCHAR(8) NOT NULL,
  PRIMARY KEY (predecessor_id, successor_id),
  CONSTRAINT lineage_predecessor FOREIGN KEY (predecessor_id) REFERENCES unit (id),
  CONSTRAINT lineage_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
  CONSTRAINT lineage_share CHECK (share IN ('WHOLE', 'PARTIAL'))
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX lineage_successor ON unit_lineage (successor_id);
