package cl.clusterminero.gestion.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each message is first claimed (PENDING → SENDING in its own transaction, which only
 * one sender can win), then handed to SMTP, then marked SENT: so two nodes sending at the same moment never send a
 * message twice. A message SMTP refuses is tried again after 1, 2, 4… minutes (at most an hour apart) and is
 * FAILED after {@code app.mail.max-attempts}; a server that cannot be reached costs no attempt and ends the run, so
 * an SMTP outage only delays mail. Each run first writes the daily digests that are due.
 * <p>
 * A node that dies between the claim and "SENT" leaves the message SENDING. After {@code app.mail.sending-timeout}
 * (far longer than the SMTP time-outs, so a live sender is never overtaken) it is PENDING again and sent again: if
 * the dead node had already handed it to SMTP, the recipient gets it twice. That crash window is the one place
 * delivery is at-least-once rather than at-most-once (losing the message instead would be worse); the copy carries
 * the same Message-ID, which lets mail systems that de-duplicate show it once.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(1);

    private final OutboxRepository messages;
    private final JavaMailSender mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final DailyDigest digests;
    private final Duration sendingTimeout;
    private final String messageIdHost;

    OutboxSender(OutboxRepository messages, JavaMailSender mail, PlatformTransactionManager transactions, Clock clock,
                 @Value("${app.mail.from}") String from, @Value("${app.mail.batch-size:200}") int batchSize,
                 @Value("${app.mail.max-attempts:8}") int maxAttempts, DailyDigest digests,
                 @Value("${app.mail.sending-timeout:PT10M}") Duration sendingTimeout,
                 @Value("${app.mail.base-url}") String baseUrl) {
        this.messages = messages;
        this.digests = digests;
        this.sendingTimeout = sendingTimeout;
        this.messageIdHost = hostOf(baseUrl);
        this.mail = mail;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
    }

    /** Sends every message due now, batch after batch; returns how many were sent. */
    int sendDue() {
        releaseStale();
        digests.mergeDue();
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = tx.execute(status -> messages.dueIds(now, PageRequest.of(0, batchSize)));
            if (due == null || due.isEmpty()) {
                return sent;
            }
            int sentBefore = sent;
            for (long id : due) {
                Outcome outcome = sendOne(id);
                if (outcome == Outcome.SERVER_UNREACHABLE) {
                    return sent;
                }
                if (outcome == Outcome.SENT) {
                    sent++;
                }
            }
            if (sent == sentBefore && due.size() < batchSize) {
                return sent;
            }
        }
    }

    /** Puts back in the queue what a sender took longer than the time-out ago and never finished. */
    int releaseStale() {
        Instant now = clock.instant();
        Integer released = tx.execute(status -> messages.releaseStale(now.minus(sendingTimeout), now,
                "Sin confirmación de envío tras " + sendingTimeout.toMinutes()
                        + " min (el nodo que lo enviaba se detuvo); se envía de nuevo"));
        if (released != null && released > 0) {
            log.warn("{} mail(s) left SENDING for more than {} are queued again", released, sendingTimeout);
        }
        return released == null ? 0 : released;
    }

    private enum Outcome { SENT, TAKEN_BY_OTHER, REFUSED, SERVER_UNREACHABLE }

    private Outcome sendOne(long id) {
        OutboxMessage message = tx.execute(status -> messages.claim(id, clock.instant()) == 1
                ? messages.findById(id).orElseThrow() : null);
        if (message == null) {
            return Outcome.TAKEN_BY_OTHER;
        }
        try {
            mail.send(mime(message));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            String error = describe(e);
            Instant now = clock.instant();
            if (unreachable(e)) {
                // Not the message's fault: back to the queue without spending an attempt; the next run (app.mail.send-interval
                // later) tries again.
                tx.executeWithoutResult(status -> messages.release(id, now, error));
                log.warn("SMTP server unreachable, mail waits in the outbox: {}", error);
                return Outcome.SERVER_UNREACHABLE;
            }
            int attempts = message.getAttempts();
            boolean giveUp = attempts >= maxAttempts;
            Instant next = now.plus(backoff(attempts));
            tx.executeWithoutResult(status -> messages.markFailedAttempt(id,
                    giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, next, error));
            log.warn("Mail {} refused (attempt {}{}): {}", id, attempts, giveUp ? ", given up" : "", error);
            return Outcome.REFUSED;
        }
        tx.executeWithoutResult(status -> messages.markSent(id, clock.instant()));
        return Outcome.SENT;
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        String messageId = "<outbox-" + message.getId() + "." + message.getCreatedAt().toEpochMilli() + "@"
                + messageIdHost + ">";
        MimeMessage mime = new MimeMessage(mail.createMimeMessage().getSession()) {
            // Sending again (after a crash, or a resend) keeps the Message-ID instead of making up a new one.
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getTextBody(), message.getHtmlBody());
        Optional<MailAttachment> file = message.file();
        if (file.isPresent()) {
            helper.addAttachment(file.get().name(), new ByteArrayResource(file.get().content()),
                    file.get().contentType());
        }
        return mime;
    }

    private static String hostOf(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? "gestion.localhost" : host;
        } catch (IllegalArgumentException e) {
            return "gestion.localhost";
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException) {
                return true;
            }
            if (cause instanceof MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    if (unreachable(failed)) {
                        return true;
                    }
                }
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause() && unreachable(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }
}
