package cl.clusterminero.gestion.board;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    @Query("select count(r) from Resolution r where r.ownerId = :ownerId and r.status = 'OPEN'")
    long countOpenOwnedBy(Long ownerId);
}
