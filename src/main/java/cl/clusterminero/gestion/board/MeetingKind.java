package cl.clusterminero.gestion.board;

public enum MeetingKind {
    ORDINARY, EXTRAORDINARY;

    public String labelKey() {
        return "meeting.kind." + name();
    }
}
