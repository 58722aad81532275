package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.audit.AuditEntry;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's audit history as people read it: "12-03-2026 10:42 · María José Rojas" then "Estado: Activo →
 * Suspendido". Collapsed until opened, and loaded only then, so pages stay light. Field names come from
 * {@code audit.field.<column>} (or the column name), values through the caller's translators (enums, user names).
 */
public class ChangeHistory extends Details {

    private final Supplier<List<AuditEntry>> source;
    private final Map<String, Function<String, String>> valueLabels;
    private boolean loaded;

    public ChangeHistory(Supplier<List<AuditEntry>> source, Map<String, Function<String, String>> valueLabels) {
        this.source = source;
        this.valueLabels = valueLabels;
        setSummaryText(getTranslation("audit.history"));
        addClassName("change-history");
        setId("change-history");
        addOpenedChangeListener(event -> {
            if (event.isOpened() && !loaded) {
                loaded = true;
                fill();
            }
        });
    }

    private void fill() {
        Div timeline = new Div();
        timeline.addClassName("timeline");
        timeline.setId("change-history-list");
        List<AuditEntry> entries = source.get();
        for (AuditEntry entry : entries) {
            Span when = new Span(DisplayFormats.dateTime(entry.at()) + " · "
                    + entry.who());
            when.addClassName("timeline-when");
            Span what = new Span(label("audit.table." + entry.table(), entry.table()) + " · "
                    + getTranslation(entry.kind().labelKey()));
            what.addClassName("timeline-what");
            Div item = new Div(when, what);
            item.addClassName("timeline-item");
            for (AuditEntry.Change change : entry.changes()) {
                String field = label("audit.field." + change.field(), change.field().replace('_', ' '));
                Paragraph line = new Paragraph(entry.kind() == AuditEntry.Kind.CREATED
                        ? field + ": " + value(change.field(), change.newValue())
                        : field + ": " + value(change.field(), change.oldValue()) + " → "
                        + value(change.field(), change.newValue()));
                line.addClassName("timeline-comment");
                item.add(line);
            }
            timeline.add(item);
        }
        if (entries.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("audit.history.empty")));
        }
        add(timeline);
    }

    private String value(String field, String raw) {
        if (raw == null) {
            return "—";
        }
        Function<String, String> translator = valueLabels.get(field);
        if (translator != null) {
            try {
                return translator.apply(raw);
            } catch (RuntimeException e) {
                return raw; // a value from an older version of the code: show it as stored
            }
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return getTranslation("audit.value." + raw);
        }
        return raw;
    }

    private String label(String key, String fallback) {
        return TranslationProvider.has(key, getLocale()) ? getTranslation(key) : fallback;
    }
}
