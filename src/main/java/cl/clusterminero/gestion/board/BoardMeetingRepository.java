package cl.clusterminero.gestion.board;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<BoardMeeting> {

    @org.springframework.data.jpa.repository.Query(
            "select m.id from BoardMeeting m where m.meetingDate between :from and :to order by m.meetingDate")
    List<Long> idsBetween(java.time.LocalDate from, java.time.LocalDate to);
}
