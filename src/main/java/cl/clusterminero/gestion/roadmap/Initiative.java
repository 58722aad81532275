package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "initiative")
class Initiative extends AbstractEntity {

    @Column(name = "roadmap_id", nullable = false, updatable = false)
    private Long roadmapId;

    @Column(name = "axis_id", nullable = false)
    private Long axisId;

    @Column(name = "program_id")
    private Long programId;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @Size(max = 120)
    @Column(name = "owner_name", length = 120)
    private String ownerName;

    @Column(name = "lead_member_id")
    private Long leadMemberId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @Size(max = 120)
    @Column(name = "kpi_name", length = 120)
    private String kpiName;

    @Size(max = 30)
    @Column(name = "kpi_unit", length = 30)
    private String kpiUnit;

    @Column(name = "kpi_baseline", precision = 18, scale = 2)
    private BigDecimal kpiBaseline;

    @Column(name = "kpi_target", precision = 18, scale = 2)
    private BigDecimal kpiTarget;

    @Column(name = "kpi_current", precision = 18, scale = 2)
    private BigDecimal kpiCurrent;

    @Column(name = "carried_from_id")
    private Long carriedFromId;

    /** Partner members of the registry that take part besides the lead member. */
    @ElementCollection
    @CollectionTable(name = "initiative_partner",
            joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "member_id", nullable = false)
    private Set<Long> partnerMemberIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Initiative() {
    }

    Initiative(Long roadmapId, Instant now, String username) {
        this.roadmapId = roadmapId;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    void apply(InitiativeDraft draft) {
        axisId = draft.axisId();
        programId = draft.programId();
        code = draft.code().strip();
        title = draft.title().strip();
        description = draft.description();
        ownerName = draft.ownerName();
        leadMemberId = draft.leadMemberId();
        startDate = draft.startDate();
        targetDate = draft.targetDate();
        priority = draft.priority();
        status = draft.status();
        kpiName = draft.kpiName();
        kpiUnit = draft.kpiUnit();
        kpiBaseline = draft.kpiBaseline();
        kpiTarget = draft.kpiTarget();
        kpiCurrent = draft.kpiCurrent();
    }

    void participants(Long leadId, Set<Long> partnerIds) {
        leadMemberId = leadId;
        partnerMemberIds.clear();
        partnerMemberIds.addAll(partnerIds);
    }

    Long getLeadMemberId() {
        return leadMemberId;
    }

    Set<Long> getPartnerMemberIds() {
        return Set.copyOf(partnerMemberIds);
    }

    void carriedFrom(Long originalId) {
        carriedFromId = originalId;
    }

    Long getCarriedFromId() {
        return carriedFromId;
    }

    /** The board approved a proposed initiative; other statuses were set by its managers and stay as they are. */
    boolean approveIfProposed(Instant now, String username) {
        if (status != InitiativeStatus.PROPOSED) {
            return false;
        }
        status = InitiativeStatus.APPROVED;
        touch(now, username);
        return true;
    }

    void touch(Instant now, String username) {
        updatedAt = now;
        updatedBy = username;
    }

    InitiativeDraft toDraft() {
        return new InitiativeDraft(axisId, programId, code, title, description, ownerName, leadMemberId, startDate,
                targetDate, priority, status, kpiName, kpiUnit, kpiBaseline, kpiTarget, kpiCurrent);
    }

    Long getRoadmapId() {
        return roadmapId;
    }

    Long getProgramId() {
        return programId;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }
}
