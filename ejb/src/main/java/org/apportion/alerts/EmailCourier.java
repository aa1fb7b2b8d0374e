package org.apportion.alerts;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;

/**
 * Sends alerts by e-mail through WildFly's default mail session, whose SMTP host, port and sender the server
 * configuration sets ({@code apportion.smtp.*}, docs/OPERATIONS.md).
 */
@ApplicationScoped
public class EmailCourier {

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mail;

    public DeliveryOutcome send(RaisedAlert alert, List<String> recipients) {
        if (recipients.isEmpty()) {
            return DeliveryOutcome.failed("No recipients: the channel lists none and no user opted in");
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", recipients)));
            message.setSubject(alert.headline(), "UTF-8");
            message.setText(AlertPayloads.emailText(alert), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("X-Apportion-Alert-Id", Long.toString(alert.id()));
            Transport.send(message);
            return DeliveryOutcome.delivered("Sent to " + String.join(", ", recipients));
        } catch (MessagingException e) {
            return DeliveryOutcome.failed("SMTP: " + e.getMessage());
        }
    }
}
