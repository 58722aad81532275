package cl.clusterminero.gestion.notification;

import java.util.List;

/**
 * One message's words without greeting and footer: what a daily digest shows of each message it carries. Absolute
 * links; {@code link} and {@code unsubscribe} may be null.
 */
record MailSection(String subject, String intro, List<String> items, String action, String link,
                   String unsubscribe) {
}
