-- Roadmaps and their strategic axes, programs, initiatives, milestones and the history of progress updates.
CREATE TABLE roadmap (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(2000) NULL,
    start_year      INT           NOT NULL,
    end_year        INT           NOT NULL,
    current_roadmap BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_roadmap_code UNIQUE (code),
    CONSTRAINT ck_roadmap_years CHECK (end_year >= start_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE strategic_axis (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    roadmap_id  BIGINT        NOT NULL,
    code        VARCHAR(10)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NULL,
    sort_order  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_axis_code UNIQUE (roadmap_id, code),
    CONSTRAINT fk_axis_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(160)  NOT NULL,
    description VARCHAR(2000) NULL,
    start_date  DATE          NULL,
    end_date    DATE          NULL,
    status      VARCHAR(20)   NOT NULL,
    budget_clp  BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_program_code UNIQUE (code),
    INDEX ix_program_name (name),
    CONSTRAINT ck_program_status CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED')),
    CONSTRAINT ck_program_budget CHECK (budget_clp >= 0),
    CONSTRAINT ck_program_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_manager (
    program_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (program_id, user_id),
    INDEX ix_program_manager_user (user_id),
    CONSTRAINT fk_program_manager_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_manager_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_funding (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    program_id BIGINT       NOT NULL,
    source     VARCHAR(20)  NOT NULL,
    amount_clp BIGINT       NOT NULL,
    state      VARCHAR(20)  NOT NULL,
    note       VARCHAR(200) NULL,
    PRIMARY KEY (id),
    INDEX ix_program_funding_program (program_id),
    CONSTRAINT fk_program_funding_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT ck_program_funding_source CHECK (source IN ('CORFO', 'GORE', 'PRIVATE', 'OTHER')),
    CONSTRAINT ck_program_funding_state CHECK (state IN ('COMMITTED', 'RECEIVED')),
    CONSTRAINT ck_program_funding_amount CHECK (amount_clp >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_member (
    program_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (program_id, member_id),
    INDEX ix_program_member_member (member_id),
    CONSTRAINT fk_program_member_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE,
    CONSTRAINT fk_program_member_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    version          BIGINT         NOT NULL DEFAULT 0,
    roadmap_id       BIGINT         NOT NULL,
    axis_id          BIGINT         NOT NULL,
    program_id       BIGINT         NULL,
    code             VARCHAR(20)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    description      VARCHAR(4000)  NULL,
    owner_name       VARCHAR(120)   NULL,
    lead_member_id   BIGINT         NULL,
    start_date       DATE           NULL,
    target_date      DATE           NULL,
    priority         VARCHAR(10)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    kpi_name         VARCHAR(120)   NULL,
    kpi_unit         VARCHAR(30)    NULL,
    kpi_baseline     DECIMAL(18, 2) NULL,
    kpi_target       DECIMAL(18, 2) NULL,
    kpi_current      DECIMAL(18, 2) NULL,
    carried_from_id  BIGINT         NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(50)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_initiative_code UNIQUE (roadmap_id, code),
    INDEX ix_initiative_axis (axis_id, code),
    INDEX ix_initiative_program (program_id, code),
    INDEX ix_initiative_status (status),
    CONSTRAINT fk_initiative_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_initiative_axis FOREIGN KEY (axis_id) REFERENCES strategic_axis (id),
    CONSTRAINT fk_initiative_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_initiative_lead FOREIGN KEY (lead_member_id) REFERENCES member (id),
    CONSTRAINT fk_initiative_carried FOREIGN KEY (carried_from_id) REFERENCES initiative (id),
    CONSTRAINT ck_initiative_priority CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_initiative_status CHECK (status IN ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'ON_HOLD',
                                                      'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_initiative_dates CHECK (target_date IS NULL OR start_date IS NULL OR target_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_partner (
    initiative_id BIGINT NOT NULL,
    member_id     BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, member_id),
    CONSTRAINT fk_initiative_partner_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_initiative_partner_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE milestone (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    initiative_id    BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    due_date         DATE         NOT NULL,
    weight           INT          NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    percent_complete INT          NOT NULL DEFAULT 0,
    completed_date   DATE         NULL,
    evidence_url     VARCHAR(500) NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(50)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_milestone_initiative (initiative_id, due_date),
    INDEX ix_milestone_due (status, due_date),
    CONSTRAINT fk_milestone_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT ck_milestone_status CHECK (status IN ('PENDING', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    CONSTRAINT ck_milestone_weight CHECK (weight > 0),
    CONSTRAINT ck_milestone_percent CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT ck_milestone_done CHECK (status <> 'DONE' OR completed_date IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_update (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    milestone_id  BIGINT        NOT NULL,
    initiative_id BIGINT        NOT NULL,
    update_date   DATE          NOT NULL,
    old_status    VARCHAR(20)   NULL,
    new_status    VARCHAR(20)   NOT NULL,
    old_percent   INT           NULL,
    new_percent   INT           NOT NULL,
    comment       VARCHAR(2000) NOT NULL,
    author        VARCHAR(50)   NOT NULL,
    author_name   VARCHAR(120)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_progress_initiative (initiative_id, created_at),
    INDEX ix_progress_milestone (milestone_id, created_at),
    CONSTRAINT fk_progress_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
