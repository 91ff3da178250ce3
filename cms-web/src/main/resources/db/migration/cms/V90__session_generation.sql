-- Ending an account's back-office sessions (ADR 0049). Runs unchanged on H2 2.x and PostgreSQL 17.
-- A session keeps the account's session_generation of its sign-in and ends at its next request
-- once the number has moved on. A new password, two-step sign-in turned on, the account disabled,
-- "sign out everywhere else" and an administrator's "sign out everywhere" each count it up. It is
-- kept in the database, so it holds on every node of a cluster.
ALTER TABLE account ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
