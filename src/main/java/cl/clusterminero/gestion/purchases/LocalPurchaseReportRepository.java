package cl.clusterminero.gestion.purchases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocalPurchaseReportRepository extends JpaRepository<LocalPurchaseReport, Long> {

    Optional<LocalPurchaseReport> findByMemberIdAndYearAndQuarter(Long memberId, int year, int quarter);

    long countByMemberId(Long memberId);
}
