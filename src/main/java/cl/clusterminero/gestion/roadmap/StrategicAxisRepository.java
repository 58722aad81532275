package cl.clusterminero.gestion.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategicAxisRepository extends JpaRepository<StrategicAxis, Long> {
}
