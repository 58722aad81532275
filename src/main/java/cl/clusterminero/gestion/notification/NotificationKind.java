package cl.clusterminero.gestion.notification;

/**
 * Every kind of message. Adding one: a value here, its texts ({@code mail.<key>.*} in the i18n bundles) and the
 * producer that enqueues it (an event listener or the reminder job). Account messages cannot be turned off: they
 * tell a person what happened to their own access.
 */
public enum NotificationKind {
    MILESTONE_DIGEST("milestone-digest", true),
    RESOLUTION_DUE("resolution-due", true),
    DECISION_REQUESTED("decision-requested", true),
    MEETING_AGENDA("meeting-agenda", true),
    ACCOUNT_LOCKED("account-locked", true),
    ACCOUNT_CREATED("account-created", false),
    PASSWORD_RESET("password-reset", false),
    ACCOUNT_DISABLED("account-disabled", false);

    private final String key;
    private final boolean optional;

    NotificationKind(String key, boolean optional) {
        this.key = key;
        this.optional = optional;
    }

    /** The key of its texts, {@code mail.<key>.subject} and so on. */
    public String key() {
        return key;
    }

    /** Whether a user may turn it off or take it as a daily digest. */
    public boolean optional() {
        return optional;
    }
}
