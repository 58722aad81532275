package cl.clusterminero.gestion.board;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One point of a meeting's agenda: an initiative waiting for a board decision, or a free topic. */
@Entity
@Audited
@Table(name = "agenda_item")
class AgendaItem extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int position;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Column(nullable = false, length = 500)
    private String topic;

    protected AgendaItem() {
    }

    AgendaItem(Long meetingId, int position, Long initiativeId, String topic) {
        this.meetingId = meetingId;
        this.position = position;
        this.initiativeId = initiativeId;
        this.topic = topic;
    }

    Long getMeetingId() {
        return meetingId;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String getTopic() {
        return topic;
    }
}
