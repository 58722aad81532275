package cl.clusterminero.gestion.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardReviewRepository extends JpaRepository<BoardReview, Long> {

    List<BoardReview> findByInitiativeIdOrderByReviewedAtDescIdDesc(Long initiativeId);
}
