package cl.clusterminero.gestion.purchases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseTargetRepository extends JpaRepository<PurchaseTarget, Long> {

    List<PurchaseTarget> findByRoadmapIdOrderByYearAsc(Long roadmapId);

    Optional<PurchaseTarget> findByRoadmapIdAndYear(Long roadmapId, int year);
}
