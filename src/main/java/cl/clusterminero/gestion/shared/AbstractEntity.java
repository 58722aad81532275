package cl.clusterminero.gestion.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * Identity and optimistic locking for every entity: two people saving the same record never overwrite each other
 * silently, because the second save carries a stale version and is refused.
 */
@MappedSuperclass
@Audited // applies to the audited subclasses only
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        // Constant so that an entity keeps its hash when it gets its id on persist.
        return getClass().hashCode();
    }
}
