-- The cluster's own activities (talleres, ruedas de negocios, visitas a faena...), who took part in them, and the
-- one-to-one meetings of business rounds with their outcomes. Times are Chile's wall-clock time (America/Santiago),
-- as the people who organise and attend them read them.

CREATE TABLE activity (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    starts_at     DATETIME      NOT NULL,
    ends_at       DATETIME      NOT NULL,
    place         VARCHAR(200)  NULL,
    online_link   VARCHAR(500)  NULL,
    description   VARCHAR(2000) NULL,
    program_id    BIGINT        NULL,
    initiative_id BIGINT        NULL,
    organiser_id  BIGINT        NOT NULL,
    capacity      INT           NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_activity_starts (starts_at, id),
    INDEX ix_activity_kind_starts (kind, starts_at),
    INDEX ix_activity_status_starts (status, starts_at),
    INDEX ix_activity_program_starts (program_id, starts_at),
    INDEX ix_activity_organiser_starts (organiser_id, starts_at),
    CONSTRAINT fk_activity_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_activity_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT fk_activity_organiser FOREIGN KEY (organiser_id) REFERENCES app_user (id),
    CONSTRAINT ck_activity_kind CHECK (kind IN ('WORKSHOP', 'BUSINESS_ROUND', 'SITE_VISIT', 'WORKING_GROUP',
                                                'CHALLENGE_CALL', 'TRAINING')),
    CONSTRAINT ck_activity_status CHECK (status IN ('PLANNED', 'OPEN', 'HELD', 'CANCELLED')),
    CONSTRAINT ck_activity_capacity CHECK (capacity BETWEEN 1 AND 100000),
    CONSTRAINT ck_activity_period CHECK (ends_at >= starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's contact registered to an activity; attendance is recorded once the activity is held.
CREATE TABLE participation (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL DEFAULT 0,
    activity_id   BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    contact_id    BIGINT      NOT NULL,
    attendance    VARCHAR(10) NULL,
    registered_at DATETIME(6) NOT NULL,
    registered_by VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_participation_contact UNIQUE (activity_id, contact_id),
    INDEX ix_participation_member (member_id, activity_id),
    INDEX ix_participation_contact (contact_id),
    CONSTRAINT fk_participation_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_participation_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_participation_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT ck_participation_attendance CHECK (attendance IN ('ATTENDED', 'EXCUSED', 'ABSENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A business round's one-to-one meeting: a mining company and a supplier at a table in a time slot. The unique
-- keys are the rule "no double booking": a table, a mining company and a supplier each once per slot.
CREATE TABLE business_meeting (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    activity_id       BIGINT        NOT NULL,
    mining_company_id BIGINT        NOT NULL,
    supplier_id       BIGINT        NOT NULL,
    table_number      INT           NOT NULL,
    slot_start        TIME          NOT NULL,
    outcome           VARCHAR(20)   NULL,
    contract_amount   BIGINT        NULL,
    outcome_note      VARCHAR(1000) NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_business_meeting_table UNIQUE (activity_id, slot_start, table_number),
    CONSTRAINT uk_business_meeting_mining UNIQUE (activity_id, slot_start, mining_company_id),
    CONSTRAINT uk_business_meeting_supplier UNIQUE (activity_id, slot_start, supplier_id),
    INDEX ix_business_meeting_mining (mining_company_id),
    INDEX ix_business_meeting_supplier (supplier_id),
    CONSTRAINT fk_business_meeting_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_business_meeting_mining FOREIGN KEY (mining_company_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_business_meeting_supplier FOREIGN KEY (supplier_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_business_meeting_table CHECK (table_number BETWEEN 1 AND 500),
    CONSTRAINT ck_business_meeting_outcome CHECK (outcome IN ('NO_FOLLOW_UP', 'FOLLOW_UP', 'QUOTATION',
                                                              'CONTRACT')),
    CONSTRAINT ck_business_meeting_amount CHECK (contract_amount IS NULL OR (outcome = 'CONTRACT'
                                                                            AND contract_amount > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Envers copies (see V7).
CREATE TABLE activity_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT,
    kind          VARCHAR(20),
    title         VARCHAR(200),
    starts_at     DATETIME,
    ends_at       DATETIME,
    place         VARCHAR(200),
    online_link   VARCHAR(500),
    description   VARCHAR(2000),
    program_id    BIGINT,
    initiative_id BIGINT,
    organiser_id  BIGINT,
    capacity      INT,
    status        VARCHAR(20),
    created_at    DATETIME(6),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(50),
    PRIMARY KEY (id, rev),
    INDEX ix_activity_rev (rev),
    CONSTRAINT fk_activity_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participation_aud (
    id            BIGINT      NOT NULL,
    rev           BIGINT      NOT NULL,
    revtype       TINYINT,
    activity_id   BIGINT,
    member_id     BIGINT,
    contact_id    BIGINT,
    attendance    VARCHAR(10),
    registered_at DATETIME(6),
    registered_by VARCHAR(50),
    PRIMARY KEY (id, rev),
    INDEX ix_participation_rev (rev),
    INDEX ix_participation_aud_activity (activity_id),
    CONSTRAINT fk_participation_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE business_meeting_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    activity_id       BIGINT,
    mining_company_id BIGINT,
    supplier_id       BIGINT,
    table_number      INT,
    slot_start        TIME,
    outcome           VARCHAR(20),
    contract_amount   BIGINT,
    outcome_note      VARCHAR(1000),
    created_at        DATETIME(6),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(50),
    PRIMARY KEY (id, rev),
    INDEX ix_business_meeting_rev (rev),
    INDEX ix_business_meeting_aud_activity (activity_id),
    CONSTRAINT fk_business_meeting_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
