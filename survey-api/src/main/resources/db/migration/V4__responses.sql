-- Raw responses are kept for audit and re-analysis; dashboards never scan them (see daily_rollup).
-- Times are UTC; local_date is the rating's calendar day in Asia/Ho_Chi_Minh.
CREATE TABLE response (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  unit_id      BIGINT       NOT NULL,
  channel      VARCHAR(8)   NOT NULL,
  submitted_at DATETIME(3)  NOT NULL,
  local_date   DATE         NOT NULL,
  received_at  DATETIME(3)  NOT NULL,
  kiosk_id     BIGINT,
  receipt_code VARCHAR(64),
  comment      VARCHAR(2000),
  -- SHA-256 of the canonical content: an identical retry is 200, a different body under the same id 409
  content_hash CHAR(64)     NOT NULL,
  CONSTRAINT response_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT response_channel CHECK (channel IN ('KIOSK', 'WEB', 'PAPER')),
  -- one rating per receipt slip per unit (NULLs do not collide)
  CONSTRAINT response_receipt UNIQUE (unit_id, receipt_code)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX response_unit_day ON response (unit_id, local_date);

CREATE TABLE response_answer (
  response_id   CHAR(36)    NOT NULL,
  question_code VARCHAR(20) NOT NULL,
  -- 1..5, NULL = not applicable (Không áp dụng)
  rating        SMALLINT,
  PRIMARY KEY (response_id, question_code),
  CONSTRAINT answer_response FOREIGN KEY (response_id) REFERENCES response (id),
  CONSTRAINT answer_question FOREIGN KEY (question_code) REFERENCES question (code),
  CONSTRAINT answer_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
) DEFAULT CHARSET=utf8mb4;

-- Counts per scale value for one unit, local day and question, updated in the same transaction
-- as the response. Analysis reads only this.
CREATE TABLE daily_rollup (
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
  CONSTRAINT rollup_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

-- Covering index for range reads over many units (province quarter): the plan never needs the table rows.
CREATE INDEX daily_rollup_day ON daily_rollup (local_date, question_code, unit_id, n1, n2, n3, n4, n5, n_na);
