package cl.clusterminero.gestion.localdb;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;

/**
 * One GreenMail SMTP server per JVM on a fixed port: the tests stop and start it to play an SMTP outage, and a daemon
 * thread logs one line per caught message so that a developer running the app sees what was sent.
 */
public final class EmbeddedMail {

    private static GreenMail server;
    private static int port;
    private static int logged;

    private EmbeddedMail() {
    }

    /**
     * Starts the server if this JVM has not yet done so; port 0 takes a free port, so that test runs side by side on
     * one machine do not fight over a fixed one (the port then stays fixed for this JVM's outage tests).
     */
    public static synchronized void start(int smtpPort) {
        if (server != null) {
            return;
        }
        port = smtpPort == 0 ? freePort() : smtpPort;
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Thread logger = new Thread(EmbeddedMail::logCaughtMail, "embedded-mail-log");
        logger.setDaemon(true);
        logger.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's SMTP port. */
    public static int port() {
        return port;
    }

    /** Every message caught since the last {@link #purge()}. */
    public static synchronized MimeMessage[] received() {
        return server == null ? new MimeMessage[0] : server.getReceivedMessages();
    }

    public static synchronized void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
            logged = 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plays an SMTP outage: connections are refused until {@link #restart()}. */
    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        logged = 0;
    }

    private static void logCaughtMail() {
        while (true) {
            try {
                Thread.sleep(1000);
                MimeMessage[] messages;
                int from;
                synchronized (EmbeddedMail.class) {
                    messages = server.getReceivedMessages();
                    from = logged;
                    logged = messages.length;
                }
                for (int i = from; i < messages.length; i++) {
                    System.out.println("[gestion] Mail caught: to " + Arrays.toString(
                            messages[i].getRecipients(Message.RecipientType.TO)) + ", subject \""
                            + messages[i].getSubject() + "\"");
                }
            } catch (InterruptedException e) {
                return;
            } catch (MessagingException | RuntimeException e) {
                // A message being written while it is read: the next pass logs it.
            }
        }
    }
}
