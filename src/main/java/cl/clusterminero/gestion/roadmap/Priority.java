package cl.clusterminero.gestion.roadmap;

public enum Priority {
    HIGH, MEDIUM, LOW;

    public String labelKey() {
        return "initiative.priority." + name();
    }
}
