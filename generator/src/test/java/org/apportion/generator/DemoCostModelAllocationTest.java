package org.apportion.generator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apportion.allocation.AllocatedPart;
import org.apportion.allocation.AllocationEngine;
import org.apportion.allocation.AllocationRule;
import org.apportion.allocation.AllocationRuleJson;
import org.apportion.allocation.DirectPass;
import org.apportion.allocation.DirectResult;
import org.apportion.allocation.SharedPass;
import org.apportion.allocation.SourceLine;
import org.apportion.allocation.UsageRecord;
import org.apportion.allocation.UsageTelemetry;
import org.apportion.generator.DemoCompany.DemoFile;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.focus.FocusHeader;
import org.apportion.imports.focus.FocusRowMapper;
import org.apportion.telemetry.UsageMetricFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo month's FOCUS bill (the clouds, most of the demo's cost) allocated by the demo rules with the application's
 * own engine, as a run would: everything is placed, and what stays unallocated is only the untagged part of the
 * platform's shared account, a small share of the month.
 */
class DemoCostModelAllocationTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheSharedAccountsUntaggedCostsStayUnallocatedAndTheyAreASmallShare() throws Exception {
        DemoCompany demo = new DemoCompany(DemoCompany.SEED, LocalDate.of(2026, 3, 15), 1);
        Path focus = demo.writeTo(dir).stream().filter(f -> f.format().equals("FOCUS")).map(DemoFile::path)
                .findFirst().orElseThrow();
        String platformAccount = new FictionalCompany().subAccounts().stream()
                .filter(a -> a.team().name().equals("platform")).findFirst().orElseThrow().id();
        List<SourceLine> lines = billedCostLines(focus);

        List<AllocatedPart> parts = allocate(engine(demo), lines);
        Map<Long, SourceLine> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        BigDecimal total = sum(lines.stream().map(SourceLine::amount).toList());
        List<AllocatedPart> unallocated = parts.stream().filter(AllocatedPart::isUnallocated).toList();
        BigDecimal share = sum(unallocated.stream().map(AllocatedPart::amount).toList())
                .divide(total, 6, RoundingMode.HALF_UP);

        assertThat(sum(parts.stream().map(AllocatedPart::amount).toList())).isEqualByComparingTo(total);
        assertThat(unallocated).isNotEmpty().allSatisfy(part -> {
            SourceLine line = byId.get(part.sourceLineId());
            assertThat(line.valueOf("SubAccountId")).isEqualTo(platformAccount);
            assertThat(line.tags()).isEmpty();
        });
        // About one resource in seven is untagged, and the platform account is a small part of the clouds' cost.
        assertThat(share).isPositive().isLessThan(new BigDecimal("0.01"));
    }

    private static AllocationEngine engine(DemoCompany demo) throws Exception {
        List<AllocationRule> rules = new ArrayList<>();
        for (DemoCostModel.Rule rule : demo.allocationRules()) {
            rules.add(AllocationRuleJson.fromJson(AllocationRuleJson.parse(rule.json()),
                    Integer.toString(rules.size() + 1), 1).rule());
        }
        List<UsageRecord> usage = UsageMetricFile.read(new StringReader(demo.usageMetricsCsv())).metrics().stream()
                .map(m -> new UsageRecord(m.metric(), m.costCenterCode(), m.usageDate(), m.quantity())).toList();
        return AllocationEngine.compile(rules, UsageTelemetry.of(usage));
    }

    /** Both passes over the lines, as the allocate job runs them. */
    private static List<AllocatedPart> allocate(AllocationEngine engine, List<SourceLine> lines) {
        DirectPass direct = engine.directPass();
        List<AllocatedPart> parts = new ArrayList<>();
        List<SourceLine> pool = new ArrayList<>();
        for (SourceLine line : lines) {
            DirectResult result = direct.allocate(line);
            if (result.sharedPool()) {
                pool.add(line);
            } else {
                parts.addAll(result.parts());
            }
        }
        SharedPass shared = engine.sharedPass(direct.totals());
        pool.forEach(line -> parts.addAll(shared.allocate(line)));
        return parts;
    }

    /** The bill's lines as the application reads them, with BilledCost as the amount to allocate. */
    private static List<SourceLine> billedCostLines(Path focus) throws Exception {
        List<SourceLine> lines = new ArrayList<>();
        try (CsvBillFile file = CsvBillFile.open(focus)) {
            FocusRowMapper mapper = new FocusRowMapper(FocusHeader.of(file.header()));
            for (Optional<BillRecord> row = file.next(); row.isPresent(); row = file.next()) {
                CostLine line = mapper.toCostLine(1, row.get());
                Map<String, String> dimensions = new HashMap<>();
                dimensions.put("ProviderName", line.getProviderName());
                dimensions.put("BillingAccountId", line.getBillingAccountId());
                dimensions.put("SubAccountId", line.getSubAccountId());
                dimensions.put("ServiceName", line.getServiceName());
                dimensions.put("ResourceId", line.getResourceId());
                dimensions.put("ChargeCategory", line.getChargeCategory());
                lines.add(new SourceLine(lines.size() + 1, line.getChargePeriodStart().toLocalDate(),
                        line.getBilledCost(), line.getBillingCurrency(), dimensions, tags(line.getTags())));
            }
        }
        return lines;
    }

    private static Map<String, String> tags(String json) {
        Map<String, String> tags = new HashMap<>();
        if (json != null) {
            JsonObject object = Json.createReader(new StringReader(json)).readObject();
            object.forEach((key, value) -> tags.put(key, ((JsonString) value).getString()));
        }
        return tags;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
