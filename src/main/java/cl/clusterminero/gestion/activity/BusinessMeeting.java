package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import org.hibernate.envers.Audited;

/** A one-to-one meeting of a business round between a mining company and a supplier, and what came of it. */
@Entity
@Audited
@Table(name = "business_meeting")
class BusinessMeeting extends AbstractEntity {

    @Column(name = "activity_id", nullable = false, updatable = false)
    private Long activityId;

    @Column(name = "mining_company_id", nullable = false)
    private Long miningCompanyId;

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(name = "table_number", nullable = false)
    private int tableNumber;

    @Column(name = "slot_start", nullable = false)
    private LocalTime slot;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MeetingOutcome outcome;

    @Column(name = "contract_amount")
    private Long contractAmount;

    @Size(max = ActivityService.OUTCOME_NOTE_MAX)
    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected BusinessMeeting() {
    }

    BusinessMeeting(long activityId, BusinessMeetingDraft draft, Instant now, String username) {
        this.activityId = activityId;
        this.miningCompanyId = draft.miningCompanyId();
        this.supplierId = draft.supplierId();
        this.tableNumber = draft.tableNumber();
        this.slot = draft.slot();
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    void recordOutcome(MeetingOutcome outcome, Long contractAmount, String note, Instant now, String username) {
        this.outcome = outcome;
        this.contractAmount = outcome == MeetingOutcome.CONTRACT ? contractAmount : null;
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
        this.updatedBy = username;
    }

    Long getActivityId() {
        return activityId;
    }
}
