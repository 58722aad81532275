package cl.clusterminero.gestion.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeApplicationRepository extends JpaRepository<ChallengeApplication, Long> {

    boolean existsByChallengeIdAndSupplierId(long challengeId, long supplierId);

    List<ChallengeApplication> findByChallengeId(long challengeId);
}
