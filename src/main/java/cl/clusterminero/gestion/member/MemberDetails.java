package cl.clusterminero.gestion.member;

import java.time.Instant;
import java.time.LocalDate;

/** A member as its page header shows it, with the version an edit must start from. */
public record MemberDetails(Long id, long version, String rut, String legalName, MemberType type, Commune commune,
                            MembershipStatus status, LocalDate joinDate, LocalDate withdrawalDate,
                            String withdrawalReason, Instant createdAt, String createdBy, Instant updatedAt,
                            String updatedBy, boolean deletable) {

    public String formattedRut() {
        return Rut.format(rut);
    }

    public boolean regional() {
        return commune.isRegional();
    }
}
