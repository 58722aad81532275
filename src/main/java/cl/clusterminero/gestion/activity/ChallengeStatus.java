package cl.clusterminero.gestion.activity;

/** A challenge's state: open to applications, shortlisted, and then awarded, pilot or closed without award. */
public enum ChallengeStatus {
    PUBLISHED, SHORTLISTED, AWARDED, PILOT, CLOSED;

    public String labelKey() {
        return "challenge.status." + name();
    }

    public boolean finished() {
        return this == AWARDED || this == PILOT || this == CLOSED;
    }
}
