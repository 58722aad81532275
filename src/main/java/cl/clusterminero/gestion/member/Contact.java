package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "contact")
class Contact extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @NotBlank
    @Size(max = 120)
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Size(max = 120)
    @Column(length = 120)
    private String position;

    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 30)
    @Column(length = 30)
    private String phone;

    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;

    protected Contact() {
    }

    Contact(Long memberId) {
        this.memberId = memberId;
    }

    void apply(ContactDraft draft) {
        fullName = draft.getFullName().strip();
        position = blankToNull(draft.getPosition());
        email = blankToNull(draft.getEmail());
        phone = blankToNull(draft.getPhone());
        primaryContact = draft.isPrimaryContact();
    }

    void clearPrimary() {
        primaryContact = false;
    }

    Long getMemberId() {
        return memberId;
    }

    boolean isPrimaryContact() {
        return primaryContact;
    }

    ContactRow toRow() {
        return new ContactRow(getId(), getVersion(), fullName, position, email, phone, primaryContact);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
