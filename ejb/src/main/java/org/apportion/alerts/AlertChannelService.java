package org.apportion.alerts;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.base.StateConflictException;

/** The alert channels admins configure and the channel preferences of each user. */
@Stateless
public class AlertChannelService {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public List<AlertChannel> list() {
        return em.createQuery("SELECT c FROM AlertChannel c ORDER BY c.name", AlertChannel.class).getResultList();
    }

    public Optional<AlertChannel> find(long id) {
        return Optional.ofNullable(em.find(AlertChannel.class, id));
    }

    public AlertChannel create(ChannelSettings settings) {
        settings.check(true);
        refuseSecondName(settings.name(), null);
        AlertChannel channel = new AlertChannel(settings, clock.instant());
        em.persist(channel);
        em.flush();
        return channel;
    }

    public AlertChannel update(long id, ChannelSettings settings) {
        AlertChannel channel = find(id).orElseThrow(() -> new IllegalArgumentException("No alert channel " + id));
        if (channel.getKind() != settings.kind()) {
            throw new InvalidFieldsException("The alert channel has invalid fields.",
                    List.of(FieldProblem.of("kind", "cannot change: delete the channel and create another")));
        }
        settings.check(false);
        refuseSecondName(settings.name(), id);
        channel.apply(settings, clock.instant());
        return channel;
    }

    /** Deletes the channel and its preferences; deliveries in the history keep its name. */
    public boolean delete(long id) {
        return find(id).map(channel -> {
            em.remove(channel);
            return true;
        }).orElse(false);
    }

    /**
     * Who an EMAIL channel mails an alert of this type to: its recipients and the users who opted in, minus
     * the users who opted out; each address once (compared without case).
     */
    public List<String> emailRecipients(AlertChannel channel, AlertType type) {
        Map<String, String> addresses = new LinkedHashMap<>();
        channel.recipients().forEach(a -> addresses.put(a.toLowerCase(Locale.ROOT), a));
        for (ChannelPreference preference : preferencesOf(channel.getId(), type)) {
            if (preference.getEmail() == null) {
                continue;
            }
            String key = preference.getEmail().toLowerCase(Locale.ROOT);
            if (preference.isEnabled()) {
                addresses.putIfAbsent(key, preference.getEmail());
            } else {
                addresses.remove(key);
            }
        }
        return List.copyOf(addresses.values());
    }

    public List<ChannelPreference> preferencesOf(String user) {
        return em.createQuery("""
                        SELECT p FROM ChannelPreference p WHERE p.userName = :user
                         ORDER BY p.channelId, p.alertType""", ChannelPreference.class)
                .setParameter("user", user).getResultList();
    }

    /** Sets a user's choice for one alert type on one channel (created or replaced). */
    public ChannelPreference prefer(String user, String email, AlertType type, long channelId, boolean enabled) {
        AlertChannel channel = find(channelId).orElseThrow(() -> new InvalidFieldsException(
                "The preference has invalid fields.", List.of(FieldProblem.of("channelId", "no such channel"))));
        if (channel.getKind() == ChannelKind.EMAIL && enabled && email == null) {
            throw new InvalidFieldsException("The preference has invalid fields.",
                    List.of(FieldProblem.of("email", "required to receive an EMAIL channel's alerts")));
        }
        ChannelPreference preference = em.createQuery("""
                        SELECT p FROM ChannelPreference p WHERE p.userName = :user AND p.alertType = :type
                           AND p.channelId = :channel""", ChannelPreference.class)
                .setParameter("user", user).setParameter("type", type).setParameter("channel", channelId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    ChannelPreference created = new ChannelPreference(user, type, channelId);
                    em.persist(created);
                    return created;
                });
        preference.apply(email, enabled, clock.instant());
        em.flush();
        return preference;
    }

    public boolean deletePreference(String user, long id) {
        ChannelPreference preference = em.find(ChannelPreference.class, id);
        if (preference == null || !preference.getUserName().equals(user)) {
            return false;
        }
        em.remove(preference);
        return true;
    }

    private List<ChannelPreference> preferencesOf(long channelId, AlertType type) {
        return em.createQuery("""
                        SELECT p FROM ChannelPreference p WHERE p.channelId = :channel AND p.alertType = :type
                         ORDER BY p.id""", ChannelPreference.class)
                .setParameter("channel", channelId).setParameter("type", type).getResultList();
    }

    private void refuseSecondName(String name, Long except) {
        boolean taken = em.createQuery("SELECT c FROM AlertChannel c WHERE c.name = :name", AlertChannel.class)
                .setParameter("name", name).getResultStream().anyMatch(c -> !c.getId().equals(except));
        if (taken) {
            throw new StateConflictException("An alert channel named " + name + " exists already.");
        }
    }
}
