package cl.clusterminero.gestion.notification;

import java.util.List;

/** A user's mail settings: the language their mail is written in and a choice per kind they may change. */
public record MailPreferences(String language, List<PreferenceRow> kinds) {
}
