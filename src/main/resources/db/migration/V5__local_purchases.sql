-- Local purchases ledger: what each mining company (mandante) reports buying, in total and from suppliers based in
-- the region, per year or quarter; and the roadmap's yearly target for the regional share.
CREATE TABLE local_purchase_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    version             BIGINT        NOT NULL DEFAULT 0,
    member_id           BIGINT        NOT NULL,
    period_year         SMALLINT      NOT NULL,
    -- 0 for the whole year, 1 to 4 for a quarter: NOT NULL, so the unique key below holds for annual reports too.
    period_quarter      TINYINT       NOT NULL DEFAULT 0,
    total_clp           BIGINT        NOT NULL,
    regional_clp        BIGINT        NOT NULL,
    regional_suppliers  INT           NULL,
    total_suppliers     INT           NULL,
    paid_on_time_pct    DECIMAL(5, 2) NULL,
    source              VARCHAR(20)   NOT NULL,
    note                VARCHAR(1000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(50)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(50)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_purchase_member_period UNIQUE (member_id, period_year, period_quarter),
    INDEX ix_purchase_period (period_year, period_quarter),
    INDEX ix_purchase_source (source),
    CONSTRAINT fk_purchase_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_purchase_quarter CHECK (period_quarter BETWEEN 0 AND 4),
    CONSTRAINT ck_purchase_year CHECK (period_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_purchase_amounts CHECK (total_clp >= 0 AND regional_clp >= 0 AND regional_clp <= total_clp),
    CONSTRAINT ck_purchase_suppliers CHECK ((regional_suppliers IS NULL OR regional_suppliers >= 0)
        AND (total_suppliers IS NULL OR total_suppliers >= 0)
        AND (regional_suppliers IS NULL OR total_suppliers IS NULL OR regional_suppliers <= total_suppliers)),
    CONSTRAINT ck_purchase_on_time CHECK (paid_on_time_pct IS NULL OR paid_on_time_pct BETWEEN 0 AND 100),
    CONSTRAINT ck_purchase_source CHECK (source IN ('PUBLIC_REPORT', 'SELF_DECLARED', 'AUDITED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_target (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    roadmap_id     BIGINT       NOT NULL,
    target_year    SMALLINT     NOT NULL,
    regional_share DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_purchase_target UNIQUE (roadmap_id, target_year),
    CONSTRAINT fk_purchase_target_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT ck_purchase_target_share CHECK (regional_share BETWEEN 0 AND 100),
    CONSTRAINT ck_purchase_target_year CHECK (target_year BETWEEN 2000 AND 2100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
