package cl.clusterminero.gestion.activity;

/** One activity for its page: the data, names of what it refers to, registrations and what the user may do. */
public record ActivityDetails(long id, long version, ActivityDraft data, String programLabel, String initiativeLabel,
                              String organiserName, int registered, boolean mayEdit) {
}
