package cl.clusterminero.gestion.program;

import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Programs in the global search (code, name). */
@Component
class ProgramSearchSource implements SearchSource {

    private final ProgramService programs;

    ProgramSearchSource(ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public String groupKey() {
        return "search.group.programs";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return programs.searchPrograms(text, limit);
    }
}
