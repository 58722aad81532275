package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "member")
class Member extends AbstractEntity {

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, unique = true, length = 10)
    private String rut;

    @NotBlank
    @Size(max = 200)
    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Size(max = 120)
    @Column(name = "trade_name", length = 120)
    private String tradeName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false, length = 30)
    private MemberType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size", length = 10)
    private CompanySize size;

    @Size(max = 200)
    @Column(length = 200)
    private String activity;

    @Size(max = 6)
    @Column(name = "activity_code", length = 6, columnDefinition = "char(6)")
    private String activityCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Commune commune;

    @Size(max = 200)
    @Column(length = 200)
    private String address;

    @Size(max = 200)
    @Column(length = 200)
    private String website;

    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 30)
    @Column(length = 30)
    private String phone;

    @Size(max = 2000)
    @Column(length = 2000)
    private String notes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "join_date")
    private LocalDate joinDate;

    @Column(name = "withdrawal_date")
    private LocalDate withdrawalDate;

    @Size(max = 500)
    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Member() {
    }

    Member(String rut, MembershipStatus status, LocalDate joinDate, Instant now, String username) {
        this.rut = rut;
        this.status = status;
        this.joinDate = joinDate;
        this.createdAt = now;
        this.createdBy = username;
        this.updatedAt = now;
        this.updatedBy = username;
    }

    /** Copies the editable data; status, dates of the lifecycle and RUT of an existing member change elsewhere. */
    void applyData(MemberDraft draft) {
        legalName = draft.getLegalName().strip();
        tradeName = blankToNull(draft.getTradeName());
        type = draft.getType();
        size = draft.getSize();
        activity = blankToNull(draft.getActivity());
        activityCode = blankToNull(draft.getActivityCode());
        commune = draft.getCommune();
        address = blankToNull(draft.getAddress());
        website = blankToNull(draft.getWebsite());
        email = blankToNull(draft.getEmail());
        phone = blankToNull(draft.getPhone());
        notes = blankToNull(draft.getNotes());
    }

    void changeRut(String normalisedRut) {
        this.rut = normalisedRut;
    }

    void changeStatus(MembershipStatus next, LocalDate date, String reason) {
        switch (next) {
            case ACTIVE -> {
                if (status == MembershipStatus.PROSPECT || status == MembershipStatus.WITHDRAWN) {
                    joinDate = date;
                }
                withdrawalDate = null;
                withdrawalReason = null;
            }
            case WITHDRAWN -> {
                withdrawalDate = date;
                withdrawalReason = reason;
            }
            default -> {
                // Suspension keeps the dates; its date and reason live in the status history.
            }
        }
        status = next;
    }

    void touch(Instant now, String username) {
        updatedAt = now;
        updatedBy = username;
    }

    MemberDraft toDraft() {
        MemberDraft draft = new MemberDraft();
        draft.setRut(Rut.format(rut));
        draft.setLegalName(legalName);
        draft.setTradeName(tradeName);
        draft.setType(type);
        draft.setSize(size);
        draft.setActivity(activity);
        draft.setActivityCode(activityCode);
        draft.setCommune(commune);
        draft.setAddress(address);
        draft.setWebsite(website);
        draft.setEmail(email);
        draft.setPhone(phone);
        draft.setNotes(notes);
        draft.setStatus(status);
        draft.setJoinDate(joinDate);
        return draft;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getRut() {
        return rut;
    }

    String getLegalName() {
        return legalName;
    }

    String getTradeName() {
        return tradeName;
    }

    MemberType getType() {
        return type;
    }

    CompanySize getSize() {
        return size;
    }

    Commune getCommune() {
        return commune;
    }

    MembershipStatus getStatus() {
        return status;
    }

    LocalDate getJoinDate() {
        return joinDate;
    }

    LocalDate getWithdrawalDate() {
        return withdrawalDate;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
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
