package cl.clusterminero.gestion.notification;

/**
 * A message as its recipient reads it: subject, HTML and plain-text parts, and the same words as a section of a
 * daily digest (kept with a message that waits for one).
 */
record RenderedMail(String subject, String html, String text, MailSection section) {
}
