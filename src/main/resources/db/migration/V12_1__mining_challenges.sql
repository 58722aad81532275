-- Mining challenges (desafíos): a mining company's problem at one of its operations, open to suppliers until a
-- deadline; the corporation shortlists applications and the mining company picks one (awarded or pilot), or the
-- challenge closes without award. Each state change is dated and signed on the row and kept by Envers.

CREATE TABLE challenge (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    mining_company_id BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    problem           VARCHAR(2000) NOT NULL,
    operation         VARCHAR(200)  NOT NULL,
    deadline          DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    winner_id         BIGINT        NULL,
    status_changed_at DATETIME(6)   NOT NULL,
    status_changed_by VARCHAR(50)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_challenge_status_deadline (status, deadline),
    INDEX ix_challenge_mining (mining_company_id),
    INDEX ix_challenge_published (created_at),
    CONSTRAINT fk_challenge_mining FOREIGN KEY (mining_company_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_challenge_status CHECK (status IN ('PUBLISHED', 'SHORTLISTED', 'AWARDED', 'PILOT', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE challenge_application (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    challenge_id BIGINT        NOT NULL,
    supplier_id  BIGINT        NOT NULL,
    proposal     VARCHAR(1000) NOT NULL,
    shortlisted  BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at DATETIME(6)   NOT NULL,
    submitted_by VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_challenge_application UNIQUE (challenge_id, supplier_id),
    INDEX ix_challenge_application_supplier (supplier_id),
    CONSTRAINT fk_challenge_application_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_challenge_application_supplier FOREIGN KEY (supplier_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE challenge ADD CONSTRAINT fk_challenge_winner FOREIGN KEY (winner_id)
    REFERENCES challenge_application (id) ON DELETE SET NULL;

CREATE TABLE challenge_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    mining_company_id BIGINT,
    title             VARCHAR(200),
    problem           VARCHAR(2000),
    operation         VARCHAR(200),
    deadline          DATE,
    status            VARCHAR(20),
    winner_id         BIGINT,
    status_changed_at DATETIME(6),
    status_changed_by VARCHAR(50),
    created_at        DATETIME(6),
    PRIMARY KEY (id, rev),
    INDEX ix_challenge_rev (rev),
    CONSTRAINT fk_challenge_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE challenge_application_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT,
    challenge_id BIGINT,
    supplier_id  BIGINT,
    proposal     VARCHAR(1000),
    shortlisted  BOOLEAN,
    submitted_at DATETIME(6),
    submitted_by VARCHAR(50),
    PRIMARY KEY (id, rev),
    INDEX ix_challenge_application_rev (rev),
    INDEX ix_challenge_application_aud_challenge (challenge_id),
    CONSTRAINT fk_challenge_application_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
