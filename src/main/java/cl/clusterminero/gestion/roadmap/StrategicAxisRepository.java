package cl.clusterminero.gestion.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicAxisRepository extends JpaRepository<StrategicAxis, Long> {

    List<StrategicAxis> findByRoadmapIdOrderBySortOrderAscCodeAsc(Long roadmapId);

    boolean existsByRoadmapIdAndCodeAndIdNot(Long roadmapId, String code, Long id);

    boolean existsByRoadmapIdAndCode(Long roadmapId, String code);
}
