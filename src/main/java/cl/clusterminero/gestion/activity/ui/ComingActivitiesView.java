package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityRow;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A calendar-like list of the coming weeks' activities, one block per week (Monday to Sunday), opened from the
 * activities list (not a side-navigation entry of its own, to keep every session's navigation small).
 */
@Route("actividades/proximas")
@PermitAll
public class ComingActivitiesView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd-MM HH:mm");

    public ComingActivitiesView(ActivityService activityService, Clock clock) {
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("activities.calendar.intro", WEEKS));
        intro.addClassName("view-intro");
        add(intro);
        List<ActivityRow> coming = activityService.comingWeeks(WEEKS);
        Map<LocalDate, List<ActivityRow>> byWeek = new TreeMap<>(coming.stream().collect(Collectors.groupingBy(
                row -> row.startsAt().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))));
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; week < WEEKS; week++) {
            LocalDate start = monday.plusWeeks(week);
            Div block = new Div();
            block.addClassName("activity-week");
            block.setId("week-" + week);
            block.add(new H3(getTranslation("activities.calendar.week", DisplayFormats.date(start),
                    DisplayFormats.date(start.plusDays(6)))));
            List<ActivityRow> rows = byWeek.getOrDefault(start, List.of());
            if (rows.isEmpty()) {
                block.add(new Paragraph(getTranslation("activities.calendar.empty-week")));
            } else {
                UnorderedList list = new UnorderedList();
                for (ActivityRow row : rows) {
                    ListItem item = new ListItem();
                    item.add(new Span(DAY.withLocale(getLocale()).format(row.startsAt()) + " · "
                            + getTranslation(row.kind().labelKey()) + " · "));
                    item.add(new Anchor("actividades/" + row.id(), row.title()));
                    item.add(new Span(" · " + (row.place() != null ? row.place()
                            : row.online() ? getTranslation("activity.online") : "—")));
                    list.add(item);
                }
                block.add(list);
            }
            add(block);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.activities-calendar");
    }
}
