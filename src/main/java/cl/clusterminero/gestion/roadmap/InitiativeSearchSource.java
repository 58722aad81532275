package cl.clusterminero.gestion.roadmap;

import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Initiatives in the global search (code, title, owner). */
@Component
class InitiativeSearchSource implements SearchSource {

    private final RoadmapService roadmaps;

    InitiativeSearchSource(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @Override
    public String groupKey() {
        return "search.group.initiatives";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return roadmaps.searchInitiatives(text, limit);
    }
}
