package org.apportion.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;

/**
 * A channel as an admin configures it. EMAIL takes {@code recipients}; SLACK a {@code url}; WEBHOOK a {@code url}
 * and a {@code secret} (at least {@value #MIN_SECRET} characters; on an update null keeps the stored one).
 * {@code alertTypes} lists the types the channel receives.
 */
public record ChannelSettings(String name, ChannelKind kind, boolean enabled, Set<AlertType> alertTypes,
                              List<String> recipients, String url, String secret) {

    static final int MIN_SECRET = 16;

    public ChannelSettings {
        alertTypes = alertTypes == null ? Set.of() : Set.copyOf(alertTypes);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Every problem of these settings; {@code creating} requires a webhook's secret, an update may keep it. */
    public List<FieldProblem> problems(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(FieldProblem.of("name", "required, at most 100 characters"));
        }
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "required: EMAIL, SLACK or WEBHOOK"));
            return problems;
        }
        if (alertTypes.isEmpty()) {
            problems.add(FieldProblem.of("alertTypes", "at least one alert type"));
        }
        switch (kind) {
            case EMAIL -> {
                recipients.forEach(address -> addressProblem(address).ifPresent(problems::add));
                if (String.join(",", recipients).length() > 2000) {
                    problems.add(FieldProblem.of("recipients", "at most 2000 characters in all"));
                }
                if (url != null || secret != null) {
                    problems.add(FieldProblem.of(url != null ? "url" : "secret", "not used by an EMAIL channel"));
                }
            }
            case SLACK, WEBHOOK -> {
                if (!isHttpUrl(url)) {
                    problems.add(FieldProblem.of("url", "required, an http or https URL"));
                }
                if (!recipients.isEmpty()) {
                    problems.add(FieldProblem.of("recipients", "only for EMAIL channels"));
                }
                if (kind == ChannelKind.SLACK && secret != null) {
                    problems.add(FieldProblem.of("secret", "not used by a SLACK channel (its URL is the secret)"));
                }
                if (kind == ChannelKind.WEBHOOK && (secret == null ? creating : secret.length() < MIN_SECRET)) {
                    problems.add(FieldProblem.of("secret", "required, at least " + MIN_SECRET + " characters"));
                }
            }
        }
        return problems;
    }

    void check(boolean creating) {
        InvalidFieldsException.throwIfAny("The alert channel has invalid fields.", problems(creating));
    }

    private static java.util.Optional<FieldProblem> addressProblem(String address) {
        try {
            new InternetAddress(address, true).validate();
            return java.util.Optional.empty();
        } catch (AddressException | NullPointerException e) {
            return java.util.Optional.of(FieldProblem.of("recipients", "not an e-mail address: " + address));
        }
    }

    static boolean isHttpUrl(String url) {
        if (url == null || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
