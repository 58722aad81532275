package cl.clusterminero.gestion.purchases;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A mining company's purchases in one period (a year, or a quarter of it): in total and from regional suppliers. */
@Entity
@Audited
@Table(name = "local_purchase_report")
class LocalPurchaseReport extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "period_year", nullable = false, columnDefinition = "smallint")
    private int year;

    /** 0 for the whole year. */
    @Column(name = "period_quarter", nullable = false, columnDefinition = "tinyint")
    private int quarter;

    @Column(name = "total_clp", nullable = false)
    private long totalClp;

    @Column(name = "regional_clp", nullable = false)
    private long regionalClp;

    @Column(name = "regional_suppliers")
    private Integer regionalSuppliers;

    @Column(name = "total_suppliers")
    private Integer totalSuppliers;

    @Column(name = "paid_on_time_pct", precision = 5, scale = 2)
    private BigDecimal paidOnTimePercent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportSource source;

    @Size(max = 1000)
    @Column(length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected LocalPurchaseReport() {
    }

    LocalPurchaseReport(Instant now, String username) {
        this.createdAt = now;
        this.createdBy = username;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    void apply(LocalPurchaseDraft draft) {
        memberId = draft.getMemberId();
        year = draft.getYear();
        quarter = draft.getQuarter() == null ? 0 : draft.getQuarter();
        totalClp = draft.getTotalClp();
        regionalClp = draft.getRegionalClp();
        regionalSuppliers = draft.getRegionalSuppliers();
        totalSuppliers = draft.getTotalSuppliers();
        paidOnTimePercent = draft.getPaidOnTimePercent() == null ? null
                : draft.getPaidOnTimePercent().setScale(2, RoundingMode.HALF_UP);
        source = draft.getSource();
        note = draft.getNote() == null || draft.getNote().isBlank() ? null : draft.getNote().strip();
    }

    void touch(Instant now, String username) {
        updatedAt = now;
        updatedBy = username;
    }

    LocalPurchaseDraft toDraft() {
        LocalPurchaseDraft draft = new LocalPurchaseDraft();
        draft.setMemberId(memberId);
        draft.setYear(year);
        draft.setQuarter(quarter);
        draft.setTotalClp(totalClp);
        draft.setRegionalClp(regionalClp);
        draft.setRegionalSuppliers(regionalSuppliers);
        draft.setTotalSuppliers(totalSuppliers);
        draft.setPaidOnTimePercent(paidOnTimePercent);
        draft.setSource(source);
        draft.setNote(note);
        return draft;
    }

    Long getMemberId() {
        return memberId;
    }

    int getYear() {
        return year;
    }

    int getQuarter() {
        return quarter;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
