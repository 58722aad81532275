package cl.clusterminero.gestion.activity;

import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Activities in the global search (title, place), latest first. */
@Component
class ActivitySearchSource implements SearchSource {

    private final ActivityService activities;
    private final TranslationProvider translations;

    ActivitySearchSource(ActivityService activities, TranslationProvider translations) {
        this.activities = activities;
        this.translations = translations;
    }

    @Override
    public String groupKey() {
        return "search.group.activities";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return activities.searchActivities(text, limit).stream()
                .map(row -> new SearchHit(row.title(), translations.getTranslation(row.kind().labelKey(), locale)
                        + " · " + DisplayFormats.dateTime(row.startsAt()), "actividades/" + row.id()))
                .toList();
    }
}
