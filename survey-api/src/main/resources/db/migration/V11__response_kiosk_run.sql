-- Burst guard on the server's clock (docs/decisions.md, "Burst guard"). For a KIOSK rating,
-- run_start is the receipt time of the first rating of the run of fast arrivals it belongs to
-- (ratings of the kiosk received less than the burst window apart); itself when it starts one.
-- Stored so that the guard finds the start of a run however long it is, with one lookup. NULL for
-- WEB and PAPER ratings, and for KIOSK ratings stored before this migration (the guard then takes
-- the rating as the start of its own run: the stricter reading).
ALTER TABLE response ADD COLUMN run_start DATETIME(3);

-- The guard reads a kiosk's latest receipt, and its last receipt before a run began.
CREATE INDEX response_kiosk_received ON response (kiosk_id, received_at);
