package cl.clusterminero.gestion.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {
}
