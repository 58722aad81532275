package cl.clusterminero.gestion.notification;

/** A file sent with a message (an activity's {@code .ics}), stored with it in the outbox. */
record MailAttachment(String name, String contentType, byte[] content) {

    static final String CALENDAR = "text/calendar; charset=UTF-8";
}
