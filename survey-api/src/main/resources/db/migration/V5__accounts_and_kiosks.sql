CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(60)  NOT NULL,
  -- BCrypt hash, never the password
  password_hash VARCHAR(100) NOT NULL,
  role          VARCHAR(10)  NOT NULL,
  -- the subtree an officer or planner may see; NULL for admins
  unit_id       BIGINT,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT account_username UNIQUE (username),
  CONSTRAINT account_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
  CONSTRAINT account_role CHECK (role IN ('OFFICER', 'PLANNER', 'ADMIN'))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE kiosk (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(60) NOT NULL,
  unit_id     BIGINT      NOT NULL,
  -- SHA-256 of the 256-bit random token: shown once at registration, never stored
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  created_by  VARCHAR(60) NOT NULL,
  CONSTRAINT kiosk_code UNIQUE (code),
  CONSTRAINT kiosk_token UNIQUE (token_hash),
  CONSTRAINT kiosk_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) DEFAULT CHARSET=utf8mb4;
