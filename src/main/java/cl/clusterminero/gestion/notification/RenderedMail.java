package cl.clusterminero.gestion.notification;

/** A message as its recipient reads it: subject, HTML and plain-text parts. */
record RenderedMail(String subject, String html, String text) {
}
