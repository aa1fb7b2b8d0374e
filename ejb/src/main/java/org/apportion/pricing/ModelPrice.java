package org.apportion.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The token prices of one model of one provider, valid from a date until the next change (exclusive). */
@Entity
@Table(name = "model_price")
public class ModelPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "model_price_ids")
    @TableGenerator(name = "model_price_ids", table = "id_generator", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "model_price", allocationSize = 10)
    private Long id;

    @Column(name = "provider", nullable = false, length = 64)
    private String provider;

    @Column(name = "model", nullable = false)
    private String model;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "input_per_mtok", nullable = false, precision = 20, scale = 10)
    private BigDecimal inputPerMillion;

    @Column(name = "output_per_mtok", nullable = false, precision = 20, scale = 10)
    private BigDecimal outputPerMillion;

    @Column(name = "cached_input_per_mtok", precision = 20, scale = 10)
    private BigDecimal cachedInputPerMillion;

    @Column(name = "cache_write_per_mtok", precision = 20, scale = 10)
    private BigDecimal cacheWritePerMillion;

    @Column(name = "batch_input_per_mtok", precision = 20, scale = 10)
    private BigDecimal batchInputPerMillion;

    @Column(name = "batch_output_per_mtok", precision = 20, scale = 10)
    private BigDecimal batchOutputPerMillion;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "source", nullable = false)
    private String source;

    protected ModelPrice() {
    }

    public ModelPrice(String provider, String model, TokenPrices prices, LocalDate effectiveFrom,
                      LocalDate effectiveTo, String source) {
        this.provider = provider;
        this.model = model;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.source = source;
        setPrices(prices);
    }

    void setPrices(TokenPrices prices) {
        currency = prices.currency();
        inputPerMillion = prices.inputPerMillion();
        outputPerMillion = prices.outputPerMillion();
        cachedInputPerMillion = prices.cachedInputPerMillion();
        cacheWritePerMillion = prices.cacheWritePerMillion();
        batchInputPerMillion = prices.batchInputPerMillion();
        batchOutputPerMillion = prices.batchOutputPerMillion();
    }

    void validity(LocalDate from, LocalDate to) {
        this.effectiveFrom = from;
        this.effectiveTo = to;
    }

    void endOn(LocalDate end) {
        this.effectiveTo = end;
    }

    void source(String text) {
        this.source = text;
    }

    public TokenPrices prices() {
        return new TokenPrices(currency, inputPerMillion, outputPerMillion, cachedInputPerMillion,
                cacheWritePerMillion, batchInputPerMillion, batchOutputPerMillion);
    }

    public Long getId() { return id; }
    public String getProvider() { return provider; }
    public String getModel() { return model; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getSource() { return source; }
}
