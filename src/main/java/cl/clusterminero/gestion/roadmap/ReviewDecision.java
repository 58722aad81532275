package cl.clusterminero.gestion.roadmap;

/** What a board member decides on an initiative. Approving or requesting changes answers a pending request. */
public enum ReviewDecision {
    APPROVE, REQUEST_CHANGES, NOTE;

    public String labelKey() {
        return "review.decision." + name();
    }

    boolean answersRequest() {
        return this != NOTE;
    }
}
