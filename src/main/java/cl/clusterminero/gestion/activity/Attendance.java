package cl.clusterminero.gestion.activity;

/** Whether a registered contact came to an activity that was held. */
public enum Attendance {
    ATTENDED, EXCUSED, ABSENT;

    public String labelKey() {
        return "activity.attendance." + name();
    }
}
