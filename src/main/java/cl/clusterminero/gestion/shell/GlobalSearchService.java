package cl.clusterminero.gestion.shell;

import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.search.SearchGroup;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shared.search.SearchSource;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The navbar's search: asks every feature's {@link SearchSource} for its best hits and returns them grouped. Who may
 * see which group is decided by each feature's service, not here: a source whose service refuses the current user
 * is left out, so a new feature's role rule cannot be forgotten in a second place.
 */
@Service
public class GlobalSearchService {

    /** Hits shown per group; the feature's own list finds the rest. */
    public static final int HITS_PER_GROUP = 5;

    private final List<SearchSource> sources;

    GlobalSearchService(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    /** Groups with at least one hit, in the sources' order; none for a blank text. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
    public List<SearchGroup> search(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchSource source : sources) {
            try {
                List<SearchHit> hits = source.find(text.strip(), HITS_PER_GROUP, locale);
                if (!hits.isEmpty()) {
                    groups.add(new SearchGroup(source.groupKey(), hits));
                }
            } catch (AccessDeniedException notForThisRole) {
                // The feature's service does not let this user read it: no group, no hint that it exists.
            }
        }
        return groups;
    }
}
