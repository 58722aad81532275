package cl.clusterminero.gestion.shared.search;

/** One result of the global search: what the user reads (user data, shown as text) and the route it opens. */
public record SearchHit(String title, String detail, String location) {
}
