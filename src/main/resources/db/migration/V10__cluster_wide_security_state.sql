-- Security state shared by every application node (issue 17): nothing about logins is kept in one JVM only.

-- Failed logins per user name (lower-cased, trimmed, as the login compares them), counted by whichever node served
-- the attempt. A name that never existed is counted like a real one, so the table is keyed by the typed name, not by
-- app_user.id; stale rows are deleted by LoginThrottle as new failures come in.
CREATE TABLE login_attempt (
    username_key VARCHAR(254) NOT NULL,
    failures     INT          NOT NULL,
    locked_until DATETIME(6)  NULL,
    last_failure DATETIME(6)  NOT NULL,
    PRIMARY KEY (username_key),
    INDEX ix_login_attempt_last_failure (last_failure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Raised whenever a user's open sessions must end (disabled, password reset, roles changed). A session remembers the
-- value it logged in with; every node compares it with this column (cached for a few seconds) on each request.
-- Not audited: the audit history records the change that raised it.
ALTER TABLE app_user ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0;
