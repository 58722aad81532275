-- E-mail notifications (issue 15).

-- ShedLock: a scheduled job runs on one node at a time (the row holds who runs it and until when).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: every message, written in the transaction of the change that causes it, rendered already, then
-- sent by the scheduled sender. dedup_key makes a time-based reminder impossible to enqueue twice.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    kind            VARCHAR(40)   NOT NULL,
    dedup_key       VARCHAR(200)  NOT NULL,
    user_id         BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    html_body       MEDIUMTEXT    NOT NULL,
    text_body       MEDIUMTEXT    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each user receives: one row per user and kind they changed (no row = the kind's default, as it happens).
CREATE TABLE mail_preference (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    user_id      BIGINT      NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    enabled      BOOLEAN     NOT NULL,
    daily_digest BOOLEAN     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_preference UNIQUE (user_id, kind),
    CONSTRAINT fk_mail_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_preference_aud (
    id           BIGINT      NOT NULL,
    rev          BIGINT      NOT NULL,
    revtype      TINYINT,
    user_id      BIGINT,
    kind         VARCHAR(40),
    enabled      BOOLEAN,
    daily_digest BOOLEAN,
    PRIMARY KEY (id, rev),
    INDEX ix_mail_preference_rev (rev),
    CONSTRAINT fk_mail_preference_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The language a user's mail is written in (no row = Spanish).
CREATE TABLE mail_language (
    user_id  BIGINT     NOT NULL,
    version  BIGINT     NOT NULL DEFAULT 0,
    language VARCHAR(5) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_mail_language_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
