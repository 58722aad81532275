package cl.clusterminero.gestion.program;

/** The co-financing lines of one source (Corfo, GORE, private, other), committed and received, in CLP. */
public record CofinancingBySource(FundingSource source, long committedClp, long receivedClp) {

    public long totalClp() {
        return committedClp + receivedClp;
    }
}
