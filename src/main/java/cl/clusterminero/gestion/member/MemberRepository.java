package cl.clusterminero.gestion.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long>, MemberSearchQueries {

    Optional<Member> findByRut(String rut);

    @Query("select m.type, count(m) from Member m where m.status <> cl.clusterminero.gestion.member"
            + ".MembershipStatus.WITHDRAWN group by m.type")
    List<Object[]> countByType();

    @Query("select m.commune, count(m) from Member m where m.status <> cl.clusterminero.gestion.member"
            + ".MembershipStatus.WITHDRAWN group by m.commune")
    List<Object[]> countByCommune();

    @Query("""
            select new cl.clusterminero.gestion.member.MemberOption(m.id, m.rut, m.legalName, m.type)
            from Member m where m.id in :ids order by m.legalName
            """)
    List<MemberOption> optionsById(@Param("ids") Collection<Long> ids);

    /** One page of the grid, second step: the rows of those ids (in no particular order). */
    @Query("""
            select new cl.clusterminero.gestion.member.MemberRow(m.id, m.rut, m.legalName, m.type,
                m.commune, m.size, m.status, m.joinDate)
            from Member m where m.id in :ids
            """)
    List<MemberRow> rowsByIds(@Param("ids") Collection<Long> ids);

    /** InnoDB's estimate of the table's rows (no scan; may be off by some percent). */
    @Query(value = "select table_rows from information_schema.tables where table_schema = database() "
            + "and table_name = 'member'", nativeQuery = true)
    Number estimatedRows();

    @Query("""
            select new cl.clusterminero.gestion.member.MemberOption(m.id, m.rut, m.legalName, m.type)
            from Member m
            where (:type is null or m.type = :type)
              and (:namePrefix is null or m.legalName like :namePrefix escape '!')
            order by m.legalName, m.id
            """)
    List<MemberOption> options(@Param("type") MemberType type, @Param("namePrefix") String namePrefix,
                               Pageable pageable);
}
