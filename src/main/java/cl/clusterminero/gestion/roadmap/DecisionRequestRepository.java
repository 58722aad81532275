package cl.clusterminero.gestion.roadmap;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DecisionRequestRepository extends JpaRepository<DecisionRequest, Long> {

    @Query("select d from DecisionRequest d where d.initiativeId = :initiativeId and d.answeredAt is null")
    Optional<DecisionRequest> findOpen(Long initiativeId);

    /** Locks the open request so that two board members answering at once do not both answer it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DecisionRequest d where d.initiativeId = :initiativeId and d.answeredAt is null")
    Optional<DecisionRequest> lockOpen(Long initiativeId);

    @Query("select count(d) from DecisionRequest d where d.answeredAt is null")
    long countOpen();
}
