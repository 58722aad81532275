package cl.clusterminero.gestion.purchases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A local purchase report as the editor and an import row carry it. The constraints are the single-field rules
 * (messages are i18n keys); {@link LocalPurchaseService} adds the rules that need several fields or the database and
 * checks all of them again on save. A null quarter means the whole year. Sizes match V5.
 */
public class LocalPurchaseDraft {

    @NotNull(message = "{validation.required}")
    private Long memberId;

    @NotNull(message = "{validation.required}")
    private Integer year;

    private Integer quarter;

    @NotNull(message = "{validation.required}")
    private Long totalClp;

    @NotNull(message = "{validation.required}")
    private Long regionalClp;

    private Integer regionalSuppliers;

    private Integer totalSuppliers;

    private BigDecimal paidOnTimePercent;

    @NotNull(message = "{validation.required}")
    private ReportSource source;

    @Size(max = 1000, message = "{validation.max-length}")
    private String note;

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    /** Null or 0 both mean the whole year. */
    public void setQuarter(Integer quarter) {
        this.quarter = quarter != null && quarter == 0 ? null : quarter;
    }

    public Long getTotalClp() {
        return totalClp;
    }

    public void setTotalClp(Long totalClp) {
        this.totalClp = totalClp;
    }

    public Long getRegionalClp() {
        return regionalClp;
    }

    public void setRegionalClp(Long regionalClp) {
        this.regionalClp = regionalClp;
    }

    public Integer getRegionalSuppliers() {
        return regionalSuppliers;
    }

    public void setRegionalSuppliers(Integer regionalSuppliers) {
        this.regionalSuppliers = regionalSuppliers;
    }

    public Integer getTotalSuppliers() {
        return totalSuppliers;
    }

    public void setTotalSuppliers(Integer totalSuppliers) {
        this.totalSuppliers = totalSuppliers;
    }

    public BigDecimal getPaidOnTimePercent() {
        return paidOnTimePercent;
    }

    public void setPaidOnTimePercent(BigDecimal paidOnTimePercent) {
        this.paidOnTimePercent = paidOnTimePercent;
    }

    public ReportSource getSource() {
        return source;
    }

    public void setSource(ReportSource source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note;
    }
}
