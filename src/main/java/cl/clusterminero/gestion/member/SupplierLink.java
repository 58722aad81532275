package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A mining company (mandante) served by a supplier (proveedor). */
@Entity
@Audited
@Table(name = "supplier_link")
class SupplierLink extends AbstractEntity {

    @Column(name = "mining_company_id", nullable = false, updatable = false)
    private Long miningCompanyId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, length = 50, updatable = false)
    private String linkedBy;

    protected SupplierLink() {
    }

    SupplierLink(Long miningCompanyId, Long supplierId, Instant linkedAt, String linkedBy) {
        this.miningCompanyId = miningCompanyId;
        this.supplierId = supplierId;
        this.linkedAt = linkedAt;
        this.linkedBy = linkedBy;
    }
}
