package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A member's contact registered to an activity, and whether they came once it was held. */
@Entity
@Audited
@Table(name = "participation")
class Participation extends AbstractEntity {

    @Column(name = "activity_id", nullable = false, updatable = false)
    private Long activityId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 50, updatable = false)
    private String registeredBy;

    protected Participation() {
    }

    Participation(long activityId, long memberId, long contactId, Instant now, String username) {
        this.activityId = activityId;
        this.memberId = memberId;
        this.contactId = contactId;
        this.registeredAt = now;
        this.registeredBy = username;
    }

    Long getActivityId() {
        return activityId;
    }

    void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }
}
