package cl.clusterminero.gestion.roadmap;

public enum InitiativeStatus {
    PROPOSED, APPROVED, IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED;

    public String labelKey() {
        return "initiative.status." + name();
    }
}
