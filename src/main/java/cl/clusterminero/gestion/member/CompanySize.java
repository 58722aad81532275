package cl.clusterminero.gestion.member;

/** Tamaño de empresa by the SII's annual sales bands in UF: micro ≤2.400, small ≤25.000, medium ≤100.000. */
public enum CompanySize {
    MICRO, SMALL, MEDIUM, LARGE;

    public String labelKey() {
        return "member.size." + name();
    }
}
