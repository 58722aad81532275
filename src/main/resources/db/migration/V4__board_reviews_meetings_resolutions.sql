-- The board's work: initiatives referred to it for a decision, its reviews, its meetings (attendees, agenda) and
-- the resolutions (acuerdos) taken in them.

-- An initiative flagged "requires board decision"; open until a board member approves it or requests changes.
CREATE TABLE decision_request (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    initiative_id      BIGINT       NOT NULL,
    reason             VARCHAR(500) NOT NULL,
    requested_by       BIGINT       NOT NULL,
    requested_at       DATETIME(6)  NOT NULL,
    answered_at        DATETIME(6)  NULL,
    answered_by_review BIGINT       NULL,
    -- NULL once answered, so that only one request per initiative can be open at a time.
    open_initiative_id BIGINT AS (IF(answered_at IS NULL, initiative_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_decision_request_open UNIQUE (open_initiative_id),
    INDEX ix_decision_request_initiative (initiative_id, requested_at),
    INDEX ix_decision_request_queue (answered_at, requested_at),
    CONSTRAINT fk_decision_request_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_decision_request_user FOREIGN KEY (requested_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    initiative_id BIGINT        NOT NULL,
    reviewer_id   BIGINT        NOT NULL,
    decision      VARCHAR(20)   NOT NULL,
    comment       VARCHAR(2000) NOT NULL,
    reviewed_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_board_review_initiative (initiative_id, reviewed_at),
    CONSTRAINT fk_board_review_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
    CONSTRAINT fk_board_review_user FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT ck_board_review_decision CHECK (decision IN ('APPROVE', 'REQUEST_CHANGES', 'NOTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_meeting (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    meeting_date DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    location     VARCHAR(160)  NULL,
    notes        VARCHAR(4000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_board_meeting_date (meeting_date),
    CONSTRAINT ck_board_meeting_kind CHECK (kind IN ('ORDINARY', 'EXTRAORDINARY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_meeting_attendee (
    meeting_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    meeting_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    initiative_id BIGINT       NULL,
    topic         VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_agenda_item_meeting (meeting_id, position),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resolution (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    version    BIGINT        NOT NULL DEFAULT 0,
    meeting_id BIGINT        NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    owner_id   BIGINT        NOT NULL,
    deadline   DATE          NOT NULL,
    status     VARCHAR(10)   NOT NULL,
    done_note  VARCHAR(1000) NULL,
    done_at    DATETIME(6)   NULL,
    done_by    VARCHAR(50)   NULL,
    created_at DATETIME(6)   NOT NULL,
    created_by VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_resolution_meeting (meeting_id),
    INDEX ix_resolution_owner (owner_id, status, deadline),
    CONSTRAINT fk_resolution_meeting FOREIGN KEY (meeting_id) REFERENCES board_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_resolution_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT ck_resolution_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_resolution_done CHECK (status <> 'DONE' OR (done_at IS NOT NULL AND done_note IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
