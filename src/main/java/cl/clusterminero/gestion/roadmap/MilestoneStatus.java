package cl.clusterminero.gestion.roadmap;

public enum MilestoneStatus {
    PENDING, IN_PROGRESS, DONE, BLOCKED;

    public String labelKey() {
        return "milestone.status." + name();
    }
}
