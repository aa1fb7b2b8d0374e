package org.apportion.currency;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/** No rate of a currency pair (nor of its reverse) on or before the day a conversion needs. */
@ApplicationException
public class MissingFxRateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private final String from;
    private final String to;
    private final LocalDate date;

    public MissingFxRateException(String from, String to, LocalDate date) {
        super("No FX rate from " + from + " to " + to + " (nor from " + to + " to " + from + ") on or before "
                + date);
        this.from = from;
        this.to = to;
        this.date = date;
    }

    public String from() { return from; }
    public String to() { return to; }
    public LocalDate date() { return date; }
}
