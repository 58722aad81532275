package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.localdb.EmbeddedMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message the embedded SMTP server caught, read back: recipient, subject, its HTML and plain-text parts, its
 * attachments (file name → content type and bytes) and its Message-ID.
 */
record CaughtMail(String to, String subject, String html, String text, List<Attachment> attachments,
                  String messageId) {

    record Attachment(String name, String contentType, byte[] content) {
    }

    static List<CaughtMail> to(String address) {
        return Arrays.stream(EmbeddedMail.received()).map(CaughtMail::read)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    static CaughtMail read(MimeMessage message) {
        try {
            StringBuilder html = new StringBuilder();
            StringBuilder text = new StringBuilder();
            List<Attachment> attachments = new ArrayList<>();
            collect(message, html, text, attachments);
            return new CaughtMail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(), html.toString(), text.toString(), attachments, message.getMessageID());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder html, StringBuilder text, List<Attachment> attachments)
            throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, html, text, attachments);
            }
        }
    }
}
