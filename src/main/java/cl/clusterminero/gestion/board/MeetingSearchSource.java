package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Board meetings in the global search (place, notes). */
@Component
class MeetingSearchSource implements SearchSource {

    private final BoardMeetingService meetings;

    MeetingSearchSource(BoardMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String groupKey() {
        return "search.group.meetings";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        return meetings.searchMeetings(text, limit, locale);
    }
}
