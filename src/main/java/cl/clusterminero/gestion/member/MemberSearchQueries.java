package cl.clusterminero.gestion.member;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The members search's native statements, built with only the parts that are set (see {@link MemberSearchQueriesImpl}). */
interface MemberSearchQueries {

    /** A page of ids: name-prefix matches first when the text is read as words, then the page's sort. */
    List<Long> searchIds(MemberSearch search, Pageable pageable);

    long count(MemberSearch search);
}
