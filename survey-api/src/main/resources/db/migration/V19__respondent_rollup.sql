-- Respondents, not answers (docs/method.md, "Respondents, not answers"): what long-form ratings add
-- to a criterion beyond one answer per respondent, per unit, local day (or month) and criterion.
-- With m valid answers of one respondent to the criterion, y of them satisfied, and m >= 2:
--   extra_answers = m - 1, answers_sq = m(m - 1), satisfied_sq = y(y - 1), product = y(m - 1).
-- A respondent with at most one answer (every kiosk rating) adds nothing, so this table holds
-- rows only where long forms were filled in; with the tallies of daily_rollup it gives the sums
-- respondents, Σm, Σy, Σy², Σm², Σym that the respondent-based interval needs, and pools by sums.
CREATE TABLE daily_respondent_rollup (
  unit_id        BIGINT      NOT NULL,
  local_date     DATE        NOT NULL,
  criterion      VARCHAR(12) NOT NULL,
  extra_answers  BIGINT      NOT NULL,
  answers_sq     BIGINT      NOT NULL,
  satisfied_sq   BIGINT      NOT NULL,
  product        BIGINT      NOT NULL,
  PRIMARY KEY (unit_id, criterion, local_date),
  CONSTRAINT respondent_rollup_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX daily_respondent_rollup_day ON daily_respondent_rollup
  (local_date, criterion, unit_id, extra_answers, answers_sq, satisfied_sq, product);

CREATE TABLE monthly_respondent_rollup (
  unit_id        BIGINT      NOT NULL,
  month_key      INT         NOT NULL,
  criterion      VARCHAR(12) NOT NULL,
  extra_answers  BIGINT      NOT NULL,
  answers_sq     BIGINT      NOT NULL,
  satisfied_sq   BIGINT      NOT NULL,
  product        BIGINT      NOT NULL,
  PRIMARY KEY (unit_id, criterion, month_key),
  CONSTRAINT monthly_respondent_rollup_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX monthly_respondent_rollup_month ON monthly_respondent_rollup
  (month_key, criterion, unit_id, extra_answers, answers_sq, satisfied_sq, product);

-- The ratings stored before this migration: rebuilt from the raw answers once, here, counted
-- ratings only (burst ratings are not in any figure). Only long-form respondents (m >= 2) add a row.
INSERT INTO daily_respondent_rollup
  (unit_id, local_date, criterion, extra_answers, answers_sq, satisfied_sq, product)
SELECT unit_id, local_date, criterion,
       SUM(m - 1), SUM(m * (m - 1)), SUM(y * (y - 1)), SUM(y * (m - 1))
FROM (
  SELECT r.unit_id, r.local_date, r.id,
         CASE WHEN LOCATE('.', a.question_code) > 0
              THEN SUBSTRING(a.question_code, 1, LOCATE('.', a.question_code) - 1)
              ELSE a.question_code END AS criterion,
         COUNT(a.rating) AS m,
         SUM(CASE WHEN a.rating >= 4 THEN 1 ELSE 0 END) AS y
  FROM response r JOIN response_answer a ON a.response_id = r.id
  WHERE r.burst = FALSE
  GROUP BY r.unit_id, r.local_date, r.id,
           CASE WHEN LOCATE('.', a.question_code) > 0
                THEN SUBSTRING(a.question_code, 1, LOCATE('.', a.question_code) - 1)
                ELSE a.question_code END
) per_respondent
WHERE m >= 2
GROUP BY unit_id, local_date, criterion;

INSERT INTO monthly_respondent_rollup
  (unit_id, month_key, criterion, extra_answers, answers_sq, satisfied_sq, product)
SELECT unit_id, YEAR(local_date) * 100 + MONTH(local_date), criterion,
       SUM(extra_answers), SUM(answers_sq), SUM(satisfied_sq), SUM(product)
FROM daily_respondent_rollup
GROUP BY unit_id, YEAR(local_date) * 100 + MONTH(local_date), criterion;
