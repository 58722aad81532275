-- E-mail notifications, second part (issue 15): mail to members' contacts (activity invitations, reminders and
-- cancellations with the activity's .ics), the merged daily digest, and messages left SENDING by a node that died.

-- A message to a contact has contact_id instead of user_id. The attachment is stored with the message: it is
-- written in the transaction of the change, like the bodies, so what is sent is what was true at that moment.
-- HELD: waiting for its recipient's daily digest (next_attempt_at = the 07:00 it waits for); MERGED: carried by
-- the digest message digest_id, never sent on its own; DROPPED: held, but its kind was turned off before the
-- digest. The section columns keep what the digest shows of it.
-- claimed_at: when a sender took the message, so that one left SENDING by a crashed node is taken again later.
ALTER TABLE mail_outbox
    ADD COLUMN contact_id         BIGINT        NULL AFTER user_id,
    ADD COLUMN attachment_name    VARCHAR(100)  NULL,
    ADD COLUMN attachment_type    VARCHAR(100)  NULL,
    ADD COLUMN attachment         MEDIUMBLOB    NULL,
    ADD COLUMN section_intro      TEXT          NULL,
    ADD COLUMN section_items      TEXT          NULL,
    ADD COLUMN section_action     VARCHAR(200)  NULL,
    ADD COLUMN section_link       VARCHAR(600)  NULL,
    ADD COLUMN section_unsubscribe VARCHAR(600) NULL,
    ADD COLUMN digest_id          BIGINT        NULL,
    ADD COLUMN claimed_at         DATETIME(6)   NULL,
    ADD INDEX ix_mail_outbox_held (status, user_id, next_attempt_at),
    ADD INDEX ix_mail_outbox_digest (digest_id);

ALTER TABLE mail_outbox DROP CONSTRAINT ck_mail_outbox_status;
ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_status
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD', 'MERGED', 'DROPPED'));

-- A contact who followed an unsubscribe link: that kind of mail is no longer written for them.
CREATE TABLE mail_contact_optout (
    contact_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (contact_id, kind),
    CONSTRAINT fk_mail_contact_optout_contact FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
