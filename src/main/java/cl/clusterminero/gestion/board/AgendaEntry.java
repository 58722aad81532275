package cl.clusterminero.gestion.board;

/** One agenda point; {@code initiativeId} and {@code initiativeCode} are set when it is an initiative. */
public record AgendaEntry(long id, int position, Long initiativeId, String initiativeCode, String topic) {
}
