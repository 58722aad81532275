package cl.clusterminero.gestion.program;

public enum FundingState {
    COMMITTED, RECEIVED;

    public String labelKey() {
        return "program.funding-state." + name();
    }
}
