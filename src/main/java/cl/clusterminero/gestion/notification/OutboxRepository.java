package cl.clusterminero.gestion.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    @Query("select m.id from OutboxMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.id")
    List<Long> dueIds(@Param("now") Instant now, Pageable page);

    /** Takes a message for sending; 0 when another sender took it first (so it is sent at most once). */
    @Modifying
    @Query("update OutboxMessage m set m.status = 'SENDING', m.attempts = m.attempts + 1 "
            + "where m.id = :id and m.status = 'PENDING'")
    int claim(@Param("id") long id);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'PENDING', m.attempts = m.attempts - 1, m.nextAttemptAt = :next, "
            + "m.lastError = :error where m.id = :id")
    void release(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id")
    void markSent(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMessage m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error "
            + "where m.id = :id")
    void markFailedAttempt(@Param("id") long id, @Param("status") OutboxStatus status, @Param("next") Instant next,
                           @Param("error") String error);

    @Query("select new cl.clusterminero.gestion.notification.OutboxRow(m.id, m.kind, m.recipient, m.subject, "
            + "m.status, m.attempts, m.createdAt, m.nextAttemptAt, m.sentAt, m.lastError) from OutboxMessage m "
            + "where (:status is null or m.status = :status) order by m.id desc")
    List<OutboxRow> rows(@Param("status") OutboxStatus status, Pageable page);

    @Query("select count(m) from OutboxMessage m where (:status is null or m.status = :status)")
    long countRows(@Param("status") OutboxStatus status);
}
