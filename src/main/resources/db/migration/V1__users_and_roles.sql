-- Users of the application and their roles (a user may hold several).
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(50)  NOT NULL,
    full_name            VARCHAR(120) NOT NULL,
    email                VARCHAR(254) NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    INDEX ix_app_user_full_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    INDEX ix_app_user_role_role (role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_app_user_role_role CHECK (role IN ('ADMIN', 'BOARD', 'SECRETARIAT', 'PROGRAM_MANAGER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
