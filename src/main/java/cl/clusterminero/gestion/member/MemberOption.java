package cl.clusterminero.gestion.member;

/** A member to pick in a list (supplier links, later programs and reports). */
public record MemberOption(Long id, String rut, String legalName, MemberType type) {

    public String label() {
        return legalName + " (" + Rut.format(rut) + ")";
    }
}
