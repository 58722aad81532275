package cl.clusterminero.gestion.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    @Query("""
            select new cl.clusterminero.gestion.member.StatusChangeRow(c.fromStatus, c.toStatus, c.effectiveDate,
                c.reason, c.changedBy, c.changedAt)
            from StatusChange c where c.memberId = :memberId order by c.changedAt desc, c.id desc
            """)
    List<StatusChangeRow> findRows(@Param("memberId") Long memberId);

    long countByMemberId(Long memberId);
}
