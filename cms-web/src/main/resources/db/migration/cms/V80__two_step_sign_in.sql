-- Two-step sign-in for the back office (ADR 0048). Runs unchanged on H2 2.x and PostgreSQL 17.
-- An account with two_step_since set signs in with its password and then a code from an
-- authenticator app (RFC 6238, 30-second steps, 6 digits, HMAC-SHA1) or one of its recovery codes.
-- two_step_secret: the shared secret in Base32, as the app was given it.
-- two_step_last_step: the time step of the last code accepted; a code of that step or an earlier
-- one is refused, so a code seen over someone's shoulder cannot be used again.
ALTER TABLE account ADD COLUMN two_step_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN two_step_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN two_step_last_step BIGINT;

-- Recovery codes, each usable once: stored as the SHA-256 (hex) of the normalised code; a code
-- used is deleted. New codes replace all old ones.
CREATE TABLE account_recovery_code (
    account_id BIGINT NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    CONSTRAINT pk_account_recovery_code PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_account_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
        ON DELETE CASCADE
);
