package cl.clusterminero.gestion.member;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The grid's id query, built with only the filters that are set (see {@link MemberSearchQueriesImpl}). */
interface MemberSearchQueries {

    List<Long> searchIds(String namePrefix, String rutPrefix, MemberType type, Commune commune, CompanySize size,
                         MembershipStatus status, Pageable pageable);
}
