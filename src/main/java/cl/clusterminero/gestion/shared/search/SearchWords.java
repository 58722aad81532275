package cl.clusterminero.gestion.shared.search;

import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A search text as the words to look for in the small tables (initiatives, programs, meetings): every word must occur
 * in one of the given columns (LIKE '%word%'; the columns' utf8mb4_unicode_ci collation makes it accent- and
 * case-insensitive). The member registry, too large for that, has a FULLTEXT index instead.
 */
public final class SearchWords {

    /** More words than this add little and would lengthen the statement: the rest are ignored. */
    private static final int MAX_WORDS = 5;

    private SearchWords() {
    }

    /** The words of the text (runs of letters and digits), lower case, at most five; empty for a blank text. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .toList();
    }

    /** Rows where every word occurs in at least one of the attributes (words hold no LIKE wildcards: see {@link #of}). */
    public static <T> Specification<T> everyWordIn(List<String> words, String... attributes) {
        return (root, query, cb) -> cb.and(words.stream()
                .map(word -> cb.or(Arrays.stream(attributes)
                        .map(attribute -> cb.like(root.get(attribute), "%" + word + "%"))
                        .toArray(Predicate[]::new)))
                .toArray(Predicate[]::new));
    }
}
