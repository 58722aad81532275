package cl.clusterminero.gestion.board;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    @Query("select count(r) from Resolution r where r.ownerId = :ownerId and r.status = 'OPEN'")
    long countOpenOwnedBy(Long ownerId);

    @Query("select new cl.clusterminero.gestion.board.ResolutionReminder(r.id, r.meetingId, r.text, r.ownerId, "
            + "r.deadline) from Resolution r where r.status = 'OPEN' and r.deadline <= :until order by r.id")
    List<ResolutionReminder> openDueBy(LocalDate until);
}
