package cl.clusterminero.gestion.activity;

/** An activity's life: planned, open for registration, held (attendance can be recorded) or cancelled. */
public enum ActivityStatus {
    PLANNED, OPEN, HELD, CANCELLED;

    public String labelKey() {
        return "activity.status." + name();
    }
}
