-- A rating whose device clock could not be believed (a kiosk far in the future, a web rating
-- dated before the accepted window) is counted on the day it arrived: local_date is the server's,
-- submitted_at keeps what the device claimed, and this flag says so (docs/decisions.md).
ALTER TABLE response ADD COLUMN time_corrected BOOLEAN NOT NULL DEFAULT FALSE;
