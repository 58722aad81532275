package cl.clusterminero.gestion.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InitiativeRepository extends JpaRepository<Initiative, Long>,
        JpaSpecificationExecutor<Initiative> {

    boolean existsByRoadmapIdAndCodeAndIdNot(Long roadmapId, String code, Long id);

    boolean existsByRoadmapIdAndCode(Long roadmapId, String code);
}
