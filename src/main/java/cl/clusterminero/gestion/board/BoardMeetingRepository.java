package cl.clusterminero.gestion.board;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.Query;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long>,
        JpaSpecificationExecutor<BoardMeeting> {

    @Query(
            "select m.id from BoardMeeting m where m.meetingDate between :from and :to order by m.meetingDate")
    List<Long> idsBetween(LocalDate from, LocalDate to);
}
