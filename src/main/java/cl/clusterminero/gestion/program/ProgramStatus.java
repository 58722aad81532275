package cl.clusterminero.gestion.program;

public enum ProgramStatus {
    PLANNED, ACTIVE, CLOSED;

    public String labelKey() {
        return "program.status." + name();
    }
}
