package org.apportion.generator;

import java.time.DayOfWeek;
import org.apportion.generator.FictionalCompany.Load;

/**
 * When the company uses what, as load factors in per mille: office hours and weekdays (hours are UTC; the
 * company works in US and European time zones), and steady monthly growth. Every form of bill takes its
 * seasonality from here.
 */
final class Seasonality {

    private static final int[] OFFICE_HOURS = {600, 550, 520, 500, 500, 520, 600, 750, 950, 1150, 1250, 1300,
            1300, 1280, 1250, 1200, 1150, 1050, 950, 850, 780, 720, 680, 640};

    private Seasonality() {
    }

    static int hourLoad(Load load, int hourOfDay) {
        return load == Load.OFFICE_HOURS ? OFFICE_HOURS[hourOfDay] : 1000;
    }

    /** Production keeps serving customers at weekends; staging and development mostly rest. */
    static int dayLoad(Load load, boolean production, DayOfWeek day) {
        boolean weekend = day.compareTo(DayOfWeek.SATURDAY) >= 0;
        return load == Load.OFFICE_HOURS && weekend ? (production ? 780 : 300) : 1000;
    }

    static int growth(int monthIndex, int perMillePerMonth) {
        return 1000 + perMillePerMonth * monthIndex;
    }
}
