package cl.clusterminero.gestion.shared.search;

import java.util.List;
import java.util.Locale;

/**
 * One feature's part of the global search. A source delegates to its feature's service, which applies the feature's
 * own role rule: a source the current user may not read is refused by that service (Spring Security's
 * {@code AccessDeniedException}) and its group left out. Adding a feature to the global search is one such bean.
 */
public interface SearchSource {

    /** Translation key of the group's heading, e.g. {@code search.group.members}. */
    String groupKey();

    /** Groups are shown in this order, smallest first. */
    int order();

    /** At most {@code limit} hits for the text's words, best first; headings and labels in the locale. */
    List<SearchHit> find(String text, int limit, Locale locale);
}
