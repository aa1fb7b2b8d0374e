package org.apportion.currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored exchange rate: one per day and currency pair, with where it came from. */
@Entity
@Table(name = "fx_rate")
public class FxRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rate_date", nullable = false)
    private LocalDate rateDate;

    @Column(name = "from_currency", nullable = false, length = 3)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    private String toCurrency;

    @Column(name = "rate", nullable = false, precision = 38, scale = 20)
    private BigDecimal rate;

    @Column(name = "source", nullable = false)
    private String source;

    protected FxRate() {
    }

    public FxRate(FxQuote quote, String source) {
        apply(quote, source);
    }

    final void apply(FxQuote quote, String text) {
        rateDate = quote.date();
        fromCurrency = quote.pair().from();
        toCurrency = quote.pair().to();
        rate = quote.rate();
        source = text;
    }

    public FxQuote quote() {
        return new FxQuote(rateDate, new CurrencyPair(fromCurrency, toCurrency), rate);
    }

    public Long getId() { return id; }
    public LocalDate getRateDate() { return rateDate; }
    public String getFromCurrency() { return fromCurrency; }
    public String getToCurrency() { return toCurrency; }
    public BigDecimal getRate() { return rate; }
    public String getSource() { return source; }
}
