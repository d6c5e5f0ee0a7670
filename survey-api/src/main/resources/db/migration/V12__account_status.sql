-- People and kiosks (docs/decisions.md, "Disabling accounts and revoking kiosks").
-- A disabled account cannot log in, and every token it holds is refused at its next request.
ALTER TABLE account ADD COLUMN disabled_at DATETIME(3);
ALTER TABLE account ADD COLUMN disabled_by VARCHAR(60);
-- Carried in each token an account gets; raised when its password is reset, so that the tokens
-- issued before (perhaps to whoever knew the old password) stop working.
ALTER TABLE account ADD COLUMN token_version INT NOT NULL DEFAULT 0;

-- A revoked kiosk's token is refused at once; a new setup link makes it work again.
ALTER TABLE kiosk ADD COLUMN revoked_at DATETIME(3);
ALTER TABLE kiosk ADD COLUMN revoked_by VARCHAR(60);
