package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.localdb.EmbeddedMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** A message the embedded SMTP server caught, read back: recipient, subject, and its HTML and plain-text parts. */
record CaughtMail(String to, String subject, String html, String text) {

    static List<CaughtMail> to(String address) {
        return Arrays.stream(EmbeddedMail.received()).map(CaughtMail::read)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    static CaughtMail read(MimeMessage message) {
        try {
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            collect(message, html, text);
            return new CaughtMail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(), html.toString(), text.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder html, StringBuilder text) throws Exception {
        if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, html, text);
            }
        }
    }
}
