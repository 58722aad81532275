package cl.clusterminero.gestion.board;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long>,
        JpaSpecificationExecutor<BoardMeeting> {

    @Query(
            "select m.id from BoardMeeting m where m.meetingDate between :from and :to order by m.meetingDate")
    List<Long> idsBetween(LocalDate from, LocalDate to);
}
