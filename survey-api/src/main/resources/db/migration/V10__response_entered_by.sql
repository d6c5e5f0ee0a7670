-- Paper entries (docs/decisions.md, "Paper entries"): a PAPER rating is typed in by an officer, and
-- the username of that account is kept with it; received_at is when it was typed in. NULL for KIOSK
-- and WEB ratings, and for paper ratings stored before this migration (their typist is unknown).
-- The username, not the account id: the trace must survive the account being removed.
ALTER TABLE response ADD COLUMN entered_by VARCHAR(60);
