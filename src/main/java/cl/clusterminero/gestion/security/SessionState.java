package cl.clusterminero.gestion.security;

/** A user's login-relevant state as the database has it now: whether she is enabled, and her session version. */
record SessionState(boolean enabled, long sessionVersion) {
}
