package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.DisplayFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An activity as an iCalendar file (one VEVENT with Chile's VTIMEZONE), built and escaped by ical4j so that
 * calendars show it at the right local time whatever the user's own zone.
 */
final class ActivityCalendar {

    private static final String ZONE = DisplayFormats.ZONE.getId();

    private ActivityCalendar() {
    }

    static byte[] ics(long id, ActivityDraft activity, Instant now, String host) {
        VEvent event = new VEvent(activity.startsAt().atZone(DisplayFormats.ZONE),
                activity.endsAt().atZone(DisplayFormats.ZONE), activity.title());
        event.replace(new DtStamp(now));
        event.add(new Uid("actividad-" + id + "@" + host));
        String where = activity.place() != null ? activity.place() : activity.onlineLink();
        if (where != null) {
            event.add(new Location(where));
        }
        if (activity.description() != null) {
            event.add(new Description(activity.description()));
        }
        if (activity.onlineLink() != null) {
            try {
                event.add(new Url(new URI(activity.onlineLink())));
            } catch (URISyntaxException e) {
                // The service accepts only http(s) links that parse; an old one that does not is left out.
            }
        }
        // The same UID with STATUS:CANCELLED lets a calendar that imported the invitation mark it cancelled.
        event.add(activity.status() == ActivityStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Corporación Clúster Minero de Antofagasta//Gestión Clúster//ES"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE).getVTimeZone());
        calendar.add(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
