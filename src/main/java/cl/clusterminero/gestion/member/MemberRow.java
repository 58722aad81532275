package cl.clusterminero.gestion.member;

import java.time.LocalDate;

/** A row of the members grid and of exports: read-only, built by one query per page. */
public record MemberRow(Long id, String rut, String legalName, String tradeName, MemberType type, Commune commune,
                        CompanySize size, MembershipStatus status, LocalDate joinDate, String email, String phone) {

    public String formattedRut() {
        return Rut.format(rut);
    }

    public boolean regional() {
        return commune != null && commune.isRegional();
    }
}
