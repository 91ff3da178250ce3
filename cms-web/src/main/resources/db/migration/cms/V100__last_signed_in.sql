-- When each account last signed in to the back office, for the administrator's review of accounts
-- (who still uses theirs). Runs unchanged on H2 2.x and PostgreSQL 17. Written at each completed
-- back-office sign-in (after the code, for two-step accounts) by an update that leaves the
-- account's version alone, so an administrator with the account's form open meets no conflict.
-- Null: not signed in since this column came (or never).
ALTER TABLE account ADD COLUMN last_signed_in_at TIMESTAMP WITH TIME ZONE;
