package cl.clusterminero.gestion.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {
}
