-- The member registry: members (socios), their contacts, their membership history and mining-company/supplier links.
CREATE TABLE member (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    rut               VARCHAR(10)   NOT NULL,
    legal_name        VARCHAR(200)  NOT NULL,
    trade_name        VARCHAR(120)  NULL,
    member_type       VARCHAR(30)   NOT NULL,
    company_size      VARCHAR(10)   NULL,
    activity          VARCHAR(200)  NULL,
    activity_code     CHAR(6)       NULL,
    commune           VARCHAR(30)   NOT NULL,
    address           VARCHAR(200)  NULL,
    website           VARCHAR(200)  NULL,
    email             VARCHAR(254)  NULL,
    phone             VARCHAR(30)   NULL,
    notes             VARCHAR(2000) NULL,
    status            VARCHAR(20)   NOT NULL,
    join_date         DATE          NULL,
    withdrawal_date   DATE          NULL,
    withdrawal_reason VARCHAR(500)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(50)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_rut UNIQUE (rut),
    INDEX ix_member_legal_name (legal_name),
    INDEX ix_member_trade_name (trade_name),
    INDEX ix_member_type_name (member_type, legal_name),
    INDEX ix_member_commune_name (commune, legal_name),
    INDEX ix_member_size_name (company_size, legal_name),
    INDEX ix_member_status_name (status, legal_name),
    INDEX ix_member_join_date (join_date),
    CONSTRAINT ck_member_type CHECK (member_type IN ('MINING_COMPANY', 'SUPPLIER', 'ACADEMIA', 'PUBLIC_BODY',
                                                     'MUNICIPALITY', 'TRADE_ASSOCIATION', 'OTHER')),
    CONSTRAINT ck_member_size CHECK (company_size IS NULL OR company_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    CONSTRAINT ck_member_status CHECK (status IN ('PROSPECT', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    CONSTRAINT ck_member_withdrawal CHECK (status <> 'WITHDRAWN'
        OR (withdrawal_date IS NOT NULL AND withdrawal_reason IS NOT NULL)),
    CONSTRAINT ck_member_dates CHECK (withdrawal_date IS NULL OR join_date IS NULL OR withdrawal_date >= join_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    member_id     BIGINT       NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    position      VARCHAR(120) NULL,
    email         VARCHAR(254) NULL,
    phone         VARCHAR(30)  NULL,
    primary_contact BOOLEAN    NOT NULL DEFAULT FALSE,
    -- 1 for the primary contact, NULL otherwise: the unique key below allows one primary per member.
    primary_guard TINYINT AS (IF(primary_contact, 1, NULL)) VIRTUAL,
    PRIMARY KEY (id),
    INDEX ix_contact_member_name (member_id, full_name),
    CONSTRAINT uk_contact_one_primary UNIQUE (member_id, primary_guard),
    CONSTRAINT fk_contact_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_status_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    member_id      BIGINT       NOT NULL,
    from_status    VARCHAR(20)  NULL,
    to_status      VARCHAR(20)  NOT NULL,
    effective_date DATE         NULL,
    reason         VARCHAR(500) NULL,
    changed_by     VARCHAR(50)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_status_change_member (member_id, changed_at),
    CONSTRAINT fk_status_change_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier_link (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    version           BIGINT      NOT NULL DEFAULT 0,
    mining_company_id BIGINT      NOT NULL,
    supplier_id       BIGINT      NOT NULL,
    linked_at         DATETIME(6) NOT NULL,
    linked_by         VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_supplier_link UNIQUE (mining_company_id, supplier_id),
    INDEX ix_supplier_link_supplier (supplier_id),
    CONSTRAINT fk_supplier_link_mining FOREIGN KEY (mining_company_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_supplier_link_supplier FOREIGN KEY (supplier_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
