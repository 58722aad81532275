package cl.clusterminero.gestion.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    boolean existsByDedupKeyAndCreatedAtAfter(String dedupKey, Instant after);

    @Query("select m.id from OutboxMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.id")
    List<Long> dueIds(@Param("now") Instant now, Pageable page);

    /** Takes a message for sending; 0 when another sender took it first (so it is sent at most once). */
    @Modifying
    @Query("update OutboxMessage m set m.status = 'SENDING', m.attempts = m.attempts + 1, m.claimedAt = :now "
            + "where m.id = :id and m.status = 'PENDING'")
    int claim(@Param("id") long id, @Param("now") Instant now);

    /** Messages a sender took before {@code claimedBefore} and never finished: that node died mid-send. */
    @Modifying
    @Query("update OutboxMessage m set m.status = 'PENDING', m.nextAttemptAt = :now, m.lastError = :error "
            + "where m.status = 'SENDING' and m.claimedAt < :claimedBefore")
    int releaseStale(@Param("claimedBefore") Instant claimedBefore, @Param("now") Instant now,
                     @Param("error") String error);

    @Query("select distinct m.userId from OutboxMessage m where m.status = 'HELD' and m.nextAttemptAt <= :now")
    List<Long> usersWithHeldDue(@Param("now") Instant now);

    /** A user's messages waiting for a digest that is due, locked so that one digest only carries them. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.status = 'HELD' and m.userId = :user and m.nextAttemptAt <= :now "
            + "order by m.id")
    List<OutboxMessage> heldDue(@Param("user") long userId, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'MERGED', m.digestId = :digest "
            + "where m.id in :ids and m.status = 'HELD'")
    int markMerged(@Param("ids") List<Long> ids, @Param("digest") long digestId);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'FAILED', m.lastError = :error where m.id in :ids "
            + "and m.status = 'HELD'")
    int failHeld(@Param("ids") List<Long> ids, @Param("error") String error);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'DROPPED' where m.id in :ids and m.status = 'HELD'")
    int dropHeld(@Param("ids") List<Long> ids);

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
