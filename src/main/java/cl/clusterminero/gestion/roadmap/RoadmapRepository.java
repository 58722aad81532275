package cl.clusterminero.gestion.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    Optional<Roadmap> findByCode(String code);

    @Query("select new cl.clusterminero.gestion.roadmap.RoadmapOption(r.id, r.code, r.name, r.current) "
            + "from Roadmap r order by r.startYear desc, r.code")
    List<RoadmapOption> options();

    @Query("select new cl.clusterminero.gestion.roadmap.AxisOption(a.id, a.code, a.name) from StrategicAxis a "
            + "where a.roadmapId = :roadmapId order by a.sortOrder, a.code")
    List<AxisOption> axes(@Param("roadmapId") Long roadmapId);
}
