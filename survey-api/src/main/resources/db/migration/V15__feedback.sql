-- Complaints and suggestions (phản ánh, kiến nghị) from citizens, and their handling
-- (docs/feedback.md). The id is the client's (UUID), so that a retried submission is stored once.
-- contact is personal data: only the handling officers see it; no public answer, report or log
-- line carries it.
CREATE TABLE feedback (
  id            CHAR(36)      NOT NULL PRIMARY KEY,
  unit_id       BIGINT        NOT NULL,
  channel       VARCHAR(10)   NOT NULL,
  question      VARCHAR(4000) NOT NULL,
  contact       VARCHAR(254),
  receipt_code  VARCHAR(64),
  received_at   DATETIME(3)   NOT NULL,
  -- the day it was received in Asia/Ho_Chi_Minh, and the last day of its answer period
  local_date    DATE          NOT NULL,
  due_date      DATE          NOT NULL,
  assignee      VARCHAR(60),
  assigned_at   DATETIME(3),
  assigned_by   VARCHAR(60),
  answer        VARCHAR(4000),
  -- the first answer: "answered on time" compares it with due_date; later edits keep it
  answered_at   DATETIME(3),
  answer_date   DATE,
  answered_by   VARCHAR(60),
  published_at  DATETIME(3),
  published_by  VARCHAR(60),
  CONSTRAINT feedback_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT feedback_channel CHECK (channel IN ('KIOSK', 'WEB'))
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX feedback_unit_date ON feedback (unit_id, local_date);
