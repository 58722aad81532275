package cl.clusterminero.gestion.board;

/**
 * Something that needs the current user's attention, for the navbar alerts: a translated-text key with its count
 * and the route that lists it.
 */
public record Attention(String key, long count, String route) {
}
