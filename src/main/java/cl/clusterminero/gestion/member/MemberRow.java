package cl.clusterminero.gestion.member;

import java.time.LocalDate;

/**
 * A row of the members grid: read-only, built by one query per page, with only what the grid shows (every session
 * with the list open keeps the rows it was sent).
 */
public record MemberRow(Long id, String rut, String legalName, MemberType type, Commune commune,
                        CompanySize size, MembershipStatus status, LocalDate joinDate) {

    public String formattedRut() {
        return Rut.format(rut);
    }

    public boolean regional() {
        return commune != null && commune.isRegional();
    }
}
