package cl.clusterminero.gestion.program;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "program")
class Program extends AbstractEntity {

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank
    @Size(max = 160)
    @Column(nullable = false, length = 160)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgramStatus status;

    @PositiveOrZero
    @Column(name = "budget_clp", nullable = false)
    private long budgetClp;

    /** Users with the program-manager role who manage this program; row-level rules read this set. */
    @ElementCollection
    @CollectionTable(name = "program_manager", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> managerIds = new HashSet<>();

    /** Participating members of the registry. */
    @ElementCollection
    @CollectionTable(name = "program_member", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "member_id", nullable = false)
    private Set<Long> memberIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Program() {
    }

    Program(String code, String name, ProgramStatus status, Instant now, String username) {
        this.code = code;
        this.name = name;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    void rename(String newCode, String newName, ProgramStatus newStatus, Instant now, String username) {
        code = newCode;
        name = newName;
        status = newStatus;
        updatedAt = now;
        updatedBy = username;
    }

    ProgramDraft toDraft(List<ProgramDraft.Funding> funding) {
        return new ProgramDraft(code, name, description, startDate, endDate, status, budgetClp, Set.copyOf(managerIds),
                Set.copyOf(memberIds), funding);
    }

    void describe(String newDescription, LocalDate start, LocalDate end, long budget) {
        description = newDescription;
        startDate = start;
        endDate = end;
        budgetClp = budget;
    }

    void manageBy(Set<Long> userIds) {
        managerIds.clear();
        managerIds.addAll(userIds);
    }

    void participants(Set<Long> members) {
        memberIds.clear();
        memberIds.addAll(members);
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    Set<Long> getManagerIds() {
        return Set.copyOf(managerIds);
    }
}
