package cl.clusterminero.gestion.member;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A members search as the database runs it: the search box's text read as words of the names ({@code words}, a
 * FULLTEXT boolean query: every word, each as the beginning of a word; {@code wordList}, the same words for LIKE), as
 * the beginning of the names (LIKE, for ranking and for text with no indexable word) or as the beginning of a RUT,
 * plus the filters that are set. Null means "not used".
 */
record MemberSearch(String words, List<String> wordList, String namePrefix, String rutPrefix, MemberType type,
                    Commune commune, CompanySize size, MembershipStatus status, boolean withoutRecentParticipation) {

    /** InnoDB's innodb_ft_min_token_size default: shorter words are not in the index, so a query cannot ask for them. */
    static final int MIN_WORD_LENGTH = 3;

    static MemberSearch of(MemberFilter filter) {
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.isEmpty()) {
            return new MemberSearch(null, List.of(), null, null, filter.type(), filter.commune(), filter.size(),
                    filter.status(), filter.withoutRecentParticipation());
        }
        String namePrefix = likePrefix(text);
        String rutPrefix = Rut.searchPrefix(text).map(prefix -> prefix + "%").orElse(null);
        // A RUT, whole or begun ("76.086", "76086428-5"), is looked up as a RUT and as the start of a name, as before:
        // its digit groups as words would match the numbers inside names.
        List<String> wordList = rutPrefix != null ? List.of() : indexedWords(text);
        String words = wordList.isEmpty() ? null
                : wordList.stream().map(word -> "+" + word + "*").collect(Collectors.joining(" "));
        return new MemberSearch(words, wordList, namePrefix, rutPrefix, filter.type(), filter.commune(), filter.size(),
                filter.status(), filter.withoutRecentParticipation());
    }

    /** A type, commune, size, status or participation filter is set. */
    boolean hasFilters() {
        return type != null || commune != null || size != null || status != null || withoutRecentParticipation;
    }

    boolean hasText() {
        return namePrefix != null;
    }

    /** Escaped for {@code like ... escape '!'}. */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * The text's words that the FULLTEXT index holds, lower case: in the boolean query "+minera* +escondida*" (rows
     * holding every word, each matched as a word's beginning). Splitting on anything but letters and digits drops
     * the boolean operators a user may type ({@code - " ( ) ~ @}) and LIKE's wildcards.
     */
    private static List<String> indexedWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_WORD_LENGTH)
                .toList();
    }
}
