package cl.clusterminero.gestion.activity;

/** What sort of activity it is; business rounds also hold one-to-one meetings. */
public enum ActivityKind {
    WORKSHOP, BUSINESS_ROUND, SITE_VISIT, WORKING_GROUP, CHALLENGE_CALL, TRAINING;

    public String labelKey() {
        return "activity.kind." + name();
    }
}
