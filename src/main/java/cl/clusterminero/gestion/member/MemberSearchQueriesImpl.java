package cl.clusterminero.gestion.member;

import cl.clusterminero.gestion.shared.DisplayFormats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;

/**
 * The members search in SQL, with a WHERE clause holding only what is set. A query with {@code (:type is null or
 * m.type = :type)} for every filter leaves those columns in the statement even when no filter is set, so MariaDB must
 * read every row it passes to check them: at 1M members, page 2,000 by name took 570 ms that way, against 29 ms
 * reading the name index alone. Words are matched through the FULLTEXT index of V13 (JPQL has no MATCH ... AGAINST,
 * hence native SQL); the rank "name begins with the text" is computed only for the rows the index returned.
 */
class MemberSearchQueriesImpl implements MemberSearchQueries {

    /** Entity property (as MemberService's safe sort names it) → column. */
    private static final Map<String, String> COLUMNS = Map.of(
            "id", "m.id", "rut", "m.rut", "legalName", "m.legal_name", "type", "m.member_type",
            "commune", "m.commune", "size", "m.company_size", "status", "m.status", "joinDate", "m.join_date");

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * A common word's matches are looked for along the name index (V16's, which holds both names: the walk reads no
     * rows), at most this many entries: enough for the first page of a word held by 1 in 30 names even where the
     * names cluster (13,426 entries for "Licancabur" at 1M members). A walk that does not fill the page costs these
     * entries' word tests (CPU: two LIKEs per name and word) before the FULLTEXT index answers, so the bound stays
     * small; rarer words are sorted from the FULLTEXT matches, a few thousand at most.
     */
    static final int WALK_ROWS = 20_000;

    /** The grid's bounded count walks the table in its own order, at most this many rows (see searchIds). */
    static final int COUNT_WALK_ROWS = 50_000;

    @Override
    public List<Long> searchIds(MemberSearch search, Pageable pageable) {
        if (search.words() != null && pageable.isPaged() && pageable.getSort().isSorted()
                && "legalName".equals(pageable.getSort().iterator().next().getProperty())) {
            return wordsInNameOrder(search, pageable);
        }
        if (search.words() != null && pageable.isPaged() && pageable.getSort().isUnsorted() && !search.hasFilters()) {
            // The grid's bounded count of a common word: the first rows holding the words, in table order. Not
            // along the name index: names cluster by their first word ("Neumáticos ..." all come after "M"), so a
            // common word's first thousand matches can lie beyond the walk's bound there, while in table order
            // (the order members were added) they are spread out.
            List<Object> walkArgs = new ArrayList<>();
            List<Long> walked = ids(query("select m.id from member m ignore index (ix_member_name_words) where "
                    + wordsAsLikes(search, walkArgs)
                    + " limit ?, ? rows examined " + COUNT_WALK_ROWS, with(walkArgs, pageable.getOffset(),
                    pageable.getPageSize())));
            if (walked.size() == pageable.getPageSize()) {
                return walked;
            }
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select m.id from member m").append(where(search, args));
        List<String> order = new ArrayList<>();
        if (search.words() != null && pageable.getSort().isSorted()) {
            // ifnull: a member without a trade name would rank NULL, which sorts after 0 in descending order.
            order.add("(m.legal_name like ? escape '!' or ifnull(m.trade_name, '') like ? escape '!') desc");
            args.add(search.namePrefix());
            args.add(search.namePrefix());
        }
        pageable.getSort().forEach(o -> order.add(column(o.getProperty()) + (o.isAscending() ? " asc" : " desc")));
        if (!order.isEmpty()) {
            sql.append(" order by ").append(String.join(", ", order));
        }
        if (pageable.isPaged()) {
            sql.append(" limit ? offset ?");
            args.add(pageable.getPageSize());
            args.add(pageable.getOffset());
        }
        Query query = entityManager.createNativeQuery(sql.toString(), Long.class);
        bind(query, args);
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return ids;
    }

    /**
     * A word search in name order, names beginning with the text first, without sorting every match (at 1M members a
     * common word has 30,000, and sorting them took 0.9 s): the names beginning with the text come from the name index
     * in order; the other matches, for a common word (and no filter), from walking the same index and testing the
     * words on each row (each word as the beginning of a word of either name, the way the FULLTEXT index splits
     * names at spaces) until the page is full; otherwise, or when {@link #WALK_ROWS} rows did not fill it, from the
     * FULLTEXT index, sorted.
     */
    private List<Long> wordsInNameOrder(MemberSearch search, Pageable pageable) {
        String direction = pageable.getSort().iterator().next().isAscending() ? "asc" : "desc";
        String order = " order by m.legal_name " + direction + ", m.id " + direction;
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        List<Object> filterArgs = new ArrayList<>();
        String filters = filters(search, filterArgs).stream().map(filter -> " and " + filter)
                .collect(Collectors.joining());

        List<Object> args = new ArrayList<>(List.of(search.namePrefix()));
        args.addAll(filterArgs);
        String beginsWith = " from member m where m.legal_name like ? escape '!'" + filters;
        List<Long> ids = new ArrayList<>();
        long beginning;
        if (offset == 0) {
            // The first page needs no count: if the names beginning with the text fill it, that is the page; if
            // not, those were all of them.
            ids.addAll(ids(query("select m.id" + beginsWith + order + " limit ?", with(args, size))));
            if (ids.size() == size) {
                return ids;
            }
            beginning = ids.size();
        } else {
            beginning = ((Number) query("select count(*)" + beginsWith, args).getSingleResult()).longValue();
            if (offset < beginning) {
                ids.addAll(ids(query("select m.id" + beginsWith + order + " limit ? offset ?",
                        with(args, size, offset))));
            }
        }
        int missing = size - ids.size();
        if (missing == 0) {
            return ids;
        }
        long restOffset = Math.max(0, offset - beginning);
        String notBeginning = " and not (m.legal_name like ? escape '!')";
        if (!search.hasFilters()) {
            List<Object> walkArgs = new ArrayList<>();
            String walk = "select m.id from member m where " + wordsAsLikes(search, walkArgs) + notBeginning + order
                    + " limit ?, ? rows examined " + WALK_ROWS;
            walkArgs.add(search.namePrefix());
            List<Long> walked = ids(query(walk, with(walkArgs, restOffset, missing)));
            if (walked.size() == missing) {
                ids.addAll(walked);
                return ids;
            }
        }
        List<Object> ftArgs = new ArrayList<>(List.of(search.words(), search.namePrefix()));
        ftArgs.addAll(filterArgs);
        ids.addAll(ids(query("select m.id from member m where match(m.legal_name, m.trade_name) against "
                + "(? in boolean mode)" + notBeginning + filters + order + " limit ? offset ?",
                with(ftArgs, missing, restOffset))));
        return ids;
    }

    /** Every word as the beginning of a word of either name (words hold only letters and digits: no escaping). */
    private static String wordsAsLikes(MemberSearch search, List<Object> args) {
        List<String> likes = new ArrayList<>();
        for (String word : search.wordList()) {
            likes.add("(m.legal_name like ? or m.legal_name like ? or m.trade_name like ? or m.trade_name like ?)");
            args.addAll(List.of(word + "%", "% " + word + "%", word + "%", "% " + word + "%"));
        }
        return String.join(" and ", likes);
    }

    private Query query(String sql, List<Object> args) {
        Query query = entityManager.createNativeQuery(sql, Long.class);
        bind(query, args);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Query query) {
        return query.getResultList();
    }

    private static List<Object> with(List<Object> args, Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    @Override
    public long count(MemberSearch search) {
        List<Object> args = new ArrayList<>();
        Query query = entityManager.createNativeQuery("select count(*) from member m" + where(search, args),
                Long.class);
        bind(query, args);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(MemberSearch search, List<Object> args) {
        List<String> where = new ArrayList<>();
        if (search.words() != null) {
            where.add("match(m.legal_name, m.trade_name) against (? in boolean mode)");
            args.add(search.words());
        } else if (search.namePrefix() != null) {
            StringBuilder text = new StringBuilder("(m.legal_name like ? escape '!' or m.trade_name like ? escape '!'");
            args.add(search.namePrefix());
            args.add(search.namePrefix());
            if (search.rutPrefix() != null) {
                text.append(" or m.rut like ?");
                args.add(search.rutPrefix());
            }
            where.add(text.append(")").toString());
        }
        where.addAll(filters(search, args));
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** The type, commune, size, status and participation conditions that are set, their values added to {@code args}. */
    private static List<String> filters(MemberSearch search, List<Object> args) {
        List<String> filters = new ArrayList<>();
        if (search.type() != null) {
            filters.add("m.member_type = ?");
            args.add(search.type().name());
        }
        if (search.commune() != null) {
            filters.add("m.commune = ?");
            args.add(search.commune().name());
        }
        if (search.size() != null) {
            filters.add("m.company_size = ?");
            args.add(search.size().name());
        }
        if (search.status() != null) {
            filters.add("m.status = ?");
            args.add(search.status().name());
        }
        if (search.withoutRecentParticipation()) {
            // The activity feature's read model (V14), not its tables: no contact within 12 months of today (Chile).
            filters.add("not exists (select 1 from member_last_contact lc where lc.member_id = m.id"
                    + " and lc.last_contact >= ?)");
            args.add(LocalDate.now(DisplayFormats.ZONE).minusMonths(12).atStartOfDay());
        }
        return filters;
    }

    private static String column(String property) {
        String column = COLUMNS.get(property);
        if (column == null) {
            throw new IllegalArgumentException("Not a sortable member property: " + property);
        }
        return column;
    }

    private static void bind(Query query, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
    }
}
