-- The audit history (Hibernate Envers): one row per audited transaction in audit_revision (when and who), and for
-- each audited table a <table>_aud copy of every version of every row (revtype 0 = created, 1 = changed,
-- 2 = deleted, with the values at deletion). Password hashes are not audited.

CREATE TABLE audit_revision (
    id bigint not null auto_increment,
    revision_at datetime(6) not null,
    username varchar(50) not null,
    full_name varchar(120) not null,
    primary key (id),
    INDEX ix_audit_revision_at (revision_at),
    INDEX ix_audit_revision_user (username, revision_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item_aud (
    position integer,
    revtype tinyint,
    id bigint not null,
    initiative_id bigint,
    meeting_id bigint,
    rev bigint not null,
    topic varchar(500),
    primary key (id, rev),
    INDEX ix_agenda_item_rev (rev),
    CONSTRAINT fk_agenda_item_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_aud (
    enabled boolean,
    must_change_password boolean,
    revtype tinyint,
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    username varchar(50),
    full_name varchar(120),
    email varchar(254),
    primary key (id, rev),
    INDEX ix_app_user_rev (rev),
    CONSTRAINT fk_app_user_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role_aud (
    revtype tinyint,
    rev bigint not null,
    user_id bigint not null,
    role varchar(30) not null,
    primary key (rev, user_id, role),
    INDEX ix_app_user_role_rev (rev),
    CONSTRAINT fk_app_user_role_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_meeting_attendee_aud (
    revtype tinyint,
    meeting_id bigint not null,
    rev bigint not null,
    user_id bigint not null,
    primary key (meeting_id, rev, user_id),
    INDEX ix_board_meeting_attendee_rev (rev),
    CONSTRAINT fk_board_meeting_attendee_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_meeting_aud (
    meeting_date date,
    revtype tinyint,
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    updated_by varchar(50),
    location varchar(160),
    notes varchar(4000),
    kind varchar(30),
    primary key (id, rev),
    INDEX ix_board_meeting_rev (rev),
    CONSTRAINT fk_board_meeting_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_review_aud (
    revtype tinyint,
    id bigint not null,
    initiative_id bigint,
    rev bigint not null,
    reviewed_at datetime(6),
    reviewer_id bigint,
    comment varchar(2000),
    decision varchar(30),
    primary key (id, rev),
    INDEX ix_board_review_rev (rev),
    CONSTRAINT fk_board_review_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_aud (
    primary_contact boolean,
    revtype tinyint,
    id bigint not null,
    member_id bigint,
    rev bigint not null,
    phone varchar(30),
    full_name varchar(120),
    position varchar(120),
    email varchar(254),
    primary key (id, rev),
    INDEX ix_contact_rev (rev),
    CONSTRAINT fk_contact_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision_request_aud (
    revtype tinyint,
    answered_at datetime(6),
    answered_by_review bigint,
    id bigint not null,
    initiative_id bigint,
    requested_at datetime(6),
    requested_by bigint,
    rev bigint not null,
    reason varchar(500),
    primary key (id, rev),
    INDEX ix_decision_request_rev (rev),
    CONSTRAINT fk_decision_request_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_aud (
    kpi_baseline decimal(18,2),
    kpi_current decimal(18,2),
    kpi_target decimal(18,2),
    revtype tinyint,
    start_date date,
    target_date date,
    axis_id bigint,
    carried_from_id bigint,
    created_at datetime(6),
    id bigint not null,
    lead_member_id bigint,
    program_id bigint,
    rev bigint not null,
    roadmap_id bigint,
    updated_at datetime(6),
    code varchar(20),
    kpi_unit varchar(30),
    updated_by varchar(50),
    kpi_name varchar(120),
    owner_name varchar(120),
    title varchar(200),
    description varchar(4000),
    priority varchar(30),
    status varchar(30),
    primary key (id, rev),
    INDEX ix_initiative_rev (rev),
    CONSTRAINT fk_initiative_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative_partner_aud (
    revtype tinyint,
    initiative_id bigint not null,
    member_id bigint not null,
    rev bigint not null,
    primary key (initiative_id, member_id, rev),
    INDEX ix_initiative_partner_rev (rev),
    CONSTRAINT fk_initiative_partner_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE local_purchase_report_aud (
    paid_on_time_pct decimal(5,2),
    period_quarter tinyint,
    period_year smallint,
    regional_suppliers integer,
    revtype tinyint,
    total_suppliers integer,
    created_at datetime(6),
    id bigint not null,
    member_id bigint,
    regional_clp bigint,
    rev bigint not null,
    total_clp bigint,
    updated_at datetime(6),
    created_by varchar(50),
    updated_by varchar(50),
    note varchar(1000),
    source varchar(30),
    primary key (id, rev),
    INDEX ix_local_purchase_report_rev (rev),
    CONSTRAINT fk_local_purchase_report_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_aud (
    join_date date,
    revtype tinyint,
    withdrawal_date date,
    activity_code char(6),
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    rut varchar(10),
    phone varchar(30),
    created_by varchar(50),
    updated_by varchar(50),
    trade_name varchar(120),
    activity varchar(200),
    address varchar(200),
    legal_name varchar(200),
    website varchar(200),
    email varchar(254),
    withdrawal_reason varchar(500),
    notes varchar(2000),
    commune varchar(30),
    company_size varchar(30),
    member_type varchar(30),
    status varchar(30),
    primary key (id, rev),
    INDEX ix_member_rev (rev),
    CONSTRAINT fk_member_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE milestone_aud (
    completed_date date,
    due_date date,
    percent_complete integer,
    revtype tinyint,
    weight integer,
    id bigint not null,
    initiative_id bigint,
    rev bigint not null,
    updated_at datetime(6),
    updated_by varchar(50),
    title varchar(200),
    evidence_url varchar(500),
    status varchar(30),
    primary key (id, rev),
    INDEX ix_milestone_rev (rev),
    CONSTRAINT fk_milestone_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_aud (
    end_date date,
    revtype tinyint,
    start_date date,
    budget_clp bigint,
    created_at datetime(6),
    id bigint not null,
    rev bigint not null,
    updated_at datetime(6),
    code varchar(20),
    updated_by varchar(50),
    name varchar(160),
    description varchar(2000),
    status varchar(30),
    primary key (id, rev),
    INDEX ix_program_rev (rev),
    CONSTRAINT fk_program_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_funding_aud (
    revtype tinyint,
    amount_clp bigint,
    id bigint not null,
    program_id bigint,
    rev bigint not null,
    note varchar(200),
    source varchar(30),
    state varchar(30),
    primary key (id, rev),
    INDEX ix_program_funding_rev (rev),
    CONSTRAINT fk_program_funding_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_manager_aud (
    revtype tinyint,
    program_id bigint not null,
    rev bigint not null,
    user_id bigint not null,
    primary key (program_id, rev, user_id),
    INDEX ix_program_manager_rev (rev),
    CONSTRAINT fk_program_manager_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE program_member_aud (
    revtype tinyint,
    member_id bigint not null,
    program_id bigint not null,
    rev bigint not null,
    primary key (member_id, program_id, rev),
    INDEX ix_program_member_rev (rev),
    CONSTRAINT fk_program_member_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_target_aud (
    regional_share decimal(5,2),
    revtype tinyint,
    target_year smallint,
    id bigint not null,
    rev bigint not null,
    roadmap_id bigint,
    primary key (id, rev),
    INDEX ix_purchase_target_rev (rev),
    CONSTRAINT fk_purchase_target_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resolution_aud (
    deadline date,
    revtype tinyint,
    created_at datetime(6),
    done_at datetime(6),
    id bigint not null,
    meeting_id bigint,
    owner_id bigint,
    rev bigint not null,
    status varchar(10),
    created_by varchar(50),
    done_by varchar(50),
    done_note varchar(1000),
    text varchar(2000),
    primary key (id, rev),
    INDEX ix_resolution_rev (rev),
    CONSTRAINT fk_resolution_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roadmap_aud (
    current_roadmap boolean,
    end_year integer,
    revtype tinyint,
    start_year integer,
    id bigint not null,
    rev bigint not null,
    code varchar(20),
    name varchar(120),
    description varchar(2000),
    primary key (id, rev),
    INDEX ix_roadmap_rev (rev),
    CONSTRAINT fk_roadmap_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE strategic_axis_aud (
    revtype tinyint,
    sort_order integer,
    id bigint not null,
    rev bigint not null,
    roadmap_id bigint,
    code varchar(10),
    name varchar(120),
    description varchar(2000),
    primary key (id, rev),
    INDEX ix_strategic_axis_rev (rev),
    CONSTRAINT fk_strategic_axis_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier_link_aud (
    revtype tinyint,
    id bigint not null,
    linked_at datetime(6),
    mining_company_id bigint,
    rev bigint not null,
    supplier_id bigint,
    linked_by varchar(50),
    primary key (id, rev),
    INDEX ix_supplier_link_rev (rev),
    CONSTRAINT fk_supplier_link_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
