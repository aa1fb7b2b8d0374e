package org.apportion.batch.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly pick-up of the drop folder, at {@code apportion.import.drop.time} (HH:MM, server time,
 * default 02:00; "off" disables it).
 */
@Singleton
@Startup
public class DropFolderSchedule {

    private static final Logger LOG = Logger.getLogger(DropFolderSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DropFolderImports dropFolder;

    @PostConstruct
    void schedule() {
        String time = System.getProperty("apportion.import.drop.time", "02:00");
        if (time.equalsIgnoreCase("off")) {
            LOG.info("Nightly drop-folder import is off");
            return;
        }
        String[] hourMinute = time.split(":");
        timers.createCalendarTimer(new ScheduleExpression().hour(hourMinute[0]).minute(hourMinute[1]),
                new TimerConfig("drop-folder import", false));
        LOG.info(() -> "Nightly drop-folder import at " + time);
    }

    @Timeout
    void importDroppedFiles() {
        try {
            dropFolder.scan();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly drop-folder import failed", e);
        }
    }
}
