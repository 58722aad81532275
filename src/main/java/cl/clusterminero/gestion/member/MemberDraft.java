package cl.clusterminero.gestion.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.URL;

/**
 * A member's data as a form edits it and an import row carries it. The constraints are the registry's rules for
 * single fields (messages are i18n keys); {@link MemberService} adds the rules that need the database or several
 * fields, and checks all of them again on save whatever the form did. Sizes match the columns of V2.
 */
public class MemberDraft {

    @NotBlank(message = "{validation.required}")
    @ValidRut
    private String rut;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String legalName;

    @Size(max = 120, message = "{validation.max-length}")
    private String tradeName;

    @NotNull(message = "{validation.required}")
    private MemberType type;

    private CompanySize size;

    @Size(max = 200, message = "{validation.max-length}")
    private String activity;

    @Pattern(regexp = "\\d{6}", message = "{member.activity-code.invalid}")
    private String activityCode;

    @NotNull(message = "{validation.required}")
    private Commune commune;

    @Size(max = 200, message = "{validation.max-length}")
    private String address;

    @Size(max = 200, message = "{validation.max-length}")
    @URL(regexp = "(?i)https?://.+", message = "{validation.url}")
    private String website;

    @Size(max = 254, message = "{validation.max-length}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{validation.email}")
    private String email;

    @Size(max = 30, message = "{validation.max-length}")
    @Pattern(regexp = "\\+?\\(?[0-9][0-9 ()-]{7,28}", message = "{validation.phone}")
    private String phone;

    @Size(max = 2000, message = "{validation.max-length}")
    private String notes;

    /** Only read when the member is created: prospect or active; later changes go through the lifecycle. */
    @NotNull(message = "{validation.required}")
    private MembershipStatus status = MembershipStatus.ACTIVE;

    @PastOrPresent(message = "{validation.not-future}")
    private LocalDate joinDate;

    public String getRut() {
        return rut;
    }

    public void setRut(String rut) {
        this.rut = rut;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public MemberType getType() {
        return type;
    }

    public void setType(MemberType type) {
        this.type = type;
    }

    public CompanySize getSize() {
        return size;
    }

    public void setSize(CompanySize size) {
        this.size = size;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getActivityCode() {
        return activityCode;
    }

    public void setActivityCode(String activityCode) {
        this.activityCode = emptyToNull(activityCode);
    }

    public Commune getCommune() {
        return commune;
    }

    public void setCommune(Commune commune) {
        this.commune = commune;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = emptyToNull(website);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = emptyToNull(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = emptyToNull(phone);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public LocalDate getJoinDate() {
        return joinDate;
    }

    public void setJoinDate(LocalDate joinDate) {
        this.joinDate = joinDate;
    }

    /** Optional text fields: an empty field means "none", which the format constraints must accept. */
    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
