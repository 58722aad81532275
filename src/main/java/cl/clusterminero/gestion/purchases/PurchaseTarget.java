package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A roadmap's target for the share of mining companies' purchases made from regional suppliers in one year. */
@Entity
@Audited
@Table(name = "purchase_target")
class PurchaseTarget extends AbstractEntity {

    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    @Column(name = "target_year", nullable = false, columnDefinition = "smallint")
    private int year;

    @Column(name = "regional_share", nullable = false, precision = 5, scale = 2)
    private BigDecimal regionalShare;

    protected PurchaseTarget() {
    }

    PurchaseTarget(Long roadmapId, int year, BigDecimal regionalShare) {
        this.roadmapId = roadmapId;
        this.year = year;
        this.regionalShare = regionalShare;
    }

    void change(int newYear, BigDecimal share) {
        this.year = newYear;
        this.regionalShare = share;
    }

    Long getRoadmapId() {
        return roadmapId;
    }

    int getYear() {
        return year;
    }

    BigDecimal getRegionalShare() {
        return regionalShare;
    }

    PurchaseTargetRow toRow() {
        return new PurchaseTargetRow(getId(), getVersion(), roadmapId, year, regionalShare);
    }
}
