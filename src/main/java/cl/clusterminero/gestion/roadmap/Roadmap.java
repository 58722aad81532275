package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A versioned strategy such as "Hoja de Ruta 2025"; exactly one is current. */
@Entity
@Audited
@Table(name = "roadmap")
class Roadmap extends AbstractEntity {

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "current_roadmap", nullable = false)
    private boolean current;

    protected Roadmap() {
    }

    Roadmap(String code, String name, String description, int startYear, int endYear, boolean current) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.startYear = startYear;
        this.endYear = endYear;
        this.current = current;
    }

    void setCurrent(boolean isCurrent) {
        current = isCurrent;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isCurrent() {
        return current;
    }
}
