package cl.clusterminero.gestion.activity;

/** What came of a business-round meeting between a mining company and a supplier. */
public enum MeetingOutcome {
    NO_FOLLOW_UP, FOLLOW_UP, QUOTATION, CONTRACT;

    public String labelKey() {
        return "activity.outcome." + name();
    }
}
