package cl.clusterminero.gestion.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(Long meetingId);

    @Query("select coalesce(max(a.position), 0) from AgendaItem a where a.meetingId = :meetingId")
    int lastPosition(Long meetingId);
}
