package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A strategic axis (eje estratégico) of a roadmap; data, not code, because the board updates the strategy. */
@Entity
@Audited
@Table(name = "strategic_axis")
class StrategicAxis extends AbstractEntity {

    @Column(name = "roadmap_id", nullable = false, updatable = false)
    private Long roadmapId;

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    void describe(String newCode, String newName, String newDescription, int newSortOrder) {
        code = newCode;
        name = newName;
        description = newDescription;
        sortOrder = newSortOrder;
    }

    Long getRoadmapId() {
        return roadmapId;
    }

    AxisRow toRow() {
        return new AxisRow(getId(), getVersion(), code, name, description, sortOrder);
    }

    protected StrategicAxis() {
    }

    StrategicAxis(Long roadmapId, String code, String name, String description, int sortOrder) {
        this.roadmapId = roadmapId;
        this.code = code;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }
}
