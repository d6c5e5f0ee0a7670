-- Counts per unit, calendar month (month_key = year * 100 + month, local time) and question.
-- Ranges are read from whole months here and from daily_rollup only at their ragged edges, so a
-- province quarter sums thousands of rows instead of hundreds of thousands.
CREATE TABLE monthly_rollup (
  unit_id       BIGINT      NOT NULL,
  month_key     INT         NOT NULL,
  question_code VARCHAR(20) NOT NULL,
  n1            INT         NOT NULL,
  n2            INT         NOT NULL,
  n3            INT         NOT NULL,
  n4            INT         NOT NULL,
  n5            INT         NOT NULL,
  n_na          INT         NOT NULL,
  PRIMARY KEY (unit_id, question_code, month_key),
  CONSTRAINT monthly_rollup_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX monthly_rollup_month ON monthly_rollup (month_key, question_code, unit_id, n1, n2, n3, n4, n5, n_na);

INSERT INTO monthly_rollup (unit_id, month_key, question_code, n1, n2, n3, n4, n5, n_na)
SELECT unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code,
       SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na)
FROM daily_rollup
GROUP BY unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code;
