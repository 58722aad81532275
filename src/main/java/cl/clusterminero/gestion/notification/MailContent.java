package cl.clusterminero.gestion.notification;

import java.util.List;

/**
 * What a message says before it is put into words: its texts' key ({@code mail.<textKey>.subject/.intro/.action}),
 * the values those texts take, the lines of a list (a digest's milestones) and the path of the screen it links to.
 * Every value is user data and is escaped by the templates.
 */
record MailContent(String textKey, List<Object> args, List<String> items, String path) {

    static MailContent of(NotificationKind kind, String path, Object... args) {
        return new MailContent(kind.key(), List.of(args), List.of(), path);
    }
}
