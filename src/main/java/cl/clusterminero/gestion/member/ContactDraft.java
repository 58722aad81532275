package cl.clusterminero.gestion.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as the contact form edits it; {@code id} and {@code version} are null for a new one. */
public class ContactDraft {

    private Long id;
    private Long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.max-length}")
    private String fullName;

    @Size(max = 120, message = "{validation.max-length}")
    private String position;

    @Size(max = 254, message = "{validation.max-length}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{validation.email}")
    private String email;

    @Size(max = 30, message = "{validation.max-length}")
    @Pattern(regexp = "\\+?\\(?[0-9][0-9 ()-]{7,28}", message = "{validation.phone}")
    private String phone;

    private boolean primaryContact;

    public static ContactDraft of(ContactRow row) {
        ContactDraft draft = new ContactDraft();
        draft.id = row.id();
        draft.version = row.version();
        draft.fullName = row.fullName();
        draft.position = row.position();
        draft.email = row.email();
        draft.phone = row.phone();
        draft.primaryContact = row.primaryContact();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }

    public void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
    }
}
