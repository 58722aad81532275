package cl.clusterminero.gestion.member;

/** The nine communes of the Antofagasta region, or outside it; "regional" means one of the nine. */
public enum Commune {
    ANTOFAGASTA("Antofagasta"),
    MEJILLONES("Mejillones"),
    SIERRA_GORDA("Sierra Gorda"),
    TALTAL("Taltal"),
    CALAMA("Calama"),
    OLLAGUE("Ollagüe"),
    SAN_PEDRO_DE_ATACAMA("San Pedro de Atacama"),
    TOCOPILLA("Tocopilla"),
    MARIA_ELENA("María Elena"),
    OUTSIDE_REGION(null);

    private final String name;

    Commune(String name) {
        this.name = name;
    }

    /** The commune's proper name; communes are names, not translated. Outside the region is translated. */
    public String properName() {
        return name;
    }

    public boolean isRegional() {
        return this != OUTSIDE_REGION;
    }

    public String labelKey() {
        return "member.commune." + name();
    }
}
