package cl.clusterminero.gestion.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicAxisRepository extends JpaRepository<StrategicAxis, Long> {

    java.util.List<StrategicAxis> findByRoadmapIdOrderBySortOrderAscCodeAsc(Long roadmapId);

    boolean existsByRoadmapIdAndCodeAndIdNot(Long roadmapId, String code, Long id);

    boolean existsByRoadmapIdAndCode(Long roadmapId, String code);
}
