package cl.clusterminero.gestion.notification;

/**
 * Every kind of message. Adding one: a value here, its texts ({@code mail.<key>.*} in the i18n bundles) and the
 * producer that enqueues it (an event listener or the reminder job). Account messages cannot be turned off: they
 * tell a person what happened to their own access. Activity messages go to members' contacts, who have no account:
 * they leave them through the unsubscribe link only, and they get no digest.
 */
public enum NotificationKind {
    MILESTONE_DIGEST("milestone-digest", true, false),
    RESOLUTION_DUE("resolution-due", true, false),
    DECISION_REQUESTED("decision-requested", true, false),
    MEETING_AGENDA("meeting-agenda", true, false),
    ACCOUNT_LOCKED("account-locked", true, false),
    ACCOUNT_CREATED("account-created", false, false),
    PASSWORD_RESET("password-reset", false, false),
    ACCOUNT_DISABLED("account-disabled", false, false),
    /** The one morning message that carries a user's daily-digest kinds. */
    DAILY_DIGEST("daily-digest", false, false),
    ACTIVITY_INVITATION("activity-invitation", true, true),
    ACTIVITY_REMINDER("activity-reminder", true, true),
    ACTIVITY_CANCELLED("activity-cancelled", true, true);

    private final String key;
    private final boolean optional;
    private final boolean toContacts;

    NotificationKind(String key, boolean optional, boolean toContacts) {
        this.key = key;
        this.optional = optional;
        this.toContacts = toContacts;
    }

    /** Whether it goes to members' contacts (people without an account) rather than to users. */
    public boolean toContacts() {
        return toContacts;
    }

    /** Whether it appears on a user's preferences page: optional and meant for users. */
    public boolean userChoice() {
        return optional && !toContacts;
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
