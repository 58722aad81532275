package cl.clusterminero.gestion.board;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<BoardMeeting> {
}
