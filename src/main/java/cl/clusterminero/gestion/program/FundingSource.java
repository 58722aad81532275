package cl.clusterminero.gestion.program;

/** Who co-finances a program: Corfo, the regional government (GORE), private partners, or others. */
public enum FundingSource {
    CORFO, GORE, PRIVATE, OTHER;

    public String labelKey() {
        return "program.funding." + name();
    }
}
