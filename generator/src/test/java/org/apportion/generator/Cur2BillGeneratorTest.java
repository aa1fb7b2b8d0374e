package org.apportion.generator;

import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Cur2BillGeneratorTest {

    /**
     * The CUR 2.0 table's columns as AWS's Data Exports table dictionary lists them (bill, cost category,
     * discount, identity, line item, pricing, product, reservation, resource tags, savings plan), in the order of
     * an export of all of them, without the split cost allocation columns.
     */
    private static final String AWS_CUR2_COLUMNS = """
            bill_bill_type, bill_billing_entity, bill_billing_period_end_date, bill_billing_period_start_date,
            bill_invoice_id, bill_invoicing_entity, bill_payer_account_id, bill_payer_account_name, cost_category,
            discount, discount_bundled_discount, discount_total_discount, identity_line_item_id,
            identity_time_interval, line_item_availability_zone, line_item_blended_cost, line_item_blended_rate,
            line_item_currency_code, line_item_legal_entity, line_item_line_item_description,
            line_item_line_item_type, line_item_net_unblended_cost, line_item_net_unblended_rate,
            line_item_normalization_factor, line_item_normalized_usage_amount, line_item_operation,
            line_item_product_code, line_item_resource_id, line_item_tax_type, line_item_unblended_cost,
            line_item_unblended_rate, line_item_usage_account_id, line_item_usage_account_name,
            line_item_usage_amount, line_item_usage_end_date, line_item_usage_start_date, line_item_usage_type,
            pricing_currency, pricing_lease_contract_length, pricing_offering_class, pricing_public_on_demand_cost,
            pricing_public_on_demand_rate, pricing_purchase_option, pricing_rate_code, pricing_rate_id, pricing_term,
            pricing_unit, product, product_comment, product_fee_code, product_fee_description, product_from_location,
            product_from_location_type, product_from_region_code, product_instance_family, product_instance_type,
            product_instanceSKU, product_location, product_location_type, product_operation, product_pricing_unit,
            product_product_family, product_region_code, product_servicecode, product_sku, product_to_location,
            product_to_location_type, product_to_region_code, product_usagetype,
            reservation_amortized_upfront_cost_for_usage, reservation_amortized_upfront_fee_for_billing_period,
            reservation_availability_zone, reservation_effective_cost, reservation_end_time,
            reservation_modification_status, reservation_net_amortized_upfront_cost_for_usage,
            reservation_net_amortized_upfront_fee_for_billing_period, reservation_net_effective_cost,
            reservation_net_recurring_fee_for_usage, reservation_net_unused_amortized_upfront_fee_for_billing_period,
            reservation_net_unused_recurring_fee, reservation_net_upfront_value,
            reservation_normalized_units_per_reservation, reservation_number_of_reservations,
            reservation_recurring_fee_for_usage, reservation_reservation_a_r_n, reservation_start_time,
            reservation_subscription_id, reservation_total_reserved_normalized_units,
            reservation_total_reserved_units, reservation_units_per_reservation,
            reservation_unused_amortized_upfront_fee_for_billing_period, reservation_unused_normalized_unit_quantity,
            reservation_unused_quantity, reservation_unused_recurring_fee, reservation_upfront_value, resource_tags,
            savings_plan_amortized_upfront_commitment_for_billing_period, savings_plan_end_time,
            savings_plan_instance_type_family, savings_plan_net_amortized_upfront_commitment_for_billing_period,
            savings_plan_net_recurring_commitment_for_billing_period, savings_plan_net_savings_plan_effective_cost,
            savings_plan_offering_type, savings_plan_payment_option, savings_plan_purchase_term,
            savings_plan_recurring_commitment_for_billing_period, savings_plan_region, savings_plan_savings_plan_a_r_n,
            savings_plan_savings_plan_effective_cost, savings_plan_savings_plan_rate, savings_plan_start_time,
            savings_plan_total_commitment_to_date, savings_plan_used_commitment""";

    private static final BillSpec SPEC = new BillSpec(11, 12_000, YearMonth.of(2025, 1), YearMonth.of(2025, 6));
    private static String bill;
    private static BillTotals written;
    private static List<CSVRecord> lineItems;

    @BeforeAll
    static void generateAndReadBack() throws Exception {
        StringWriter out = new StringWriter();
        written = new Cur2BillGenerator(SPEC).write(out);
        bill = out.toString();
        lineItems = TestFiles.csv(bill);
    }

    @Test
    void theHeaderIsTheCur2TableOfAwsDataExports() {
        List<String> documented = Arrays.stream(AWS_CUR2_COLUMNS.split(",")).map(String::strip).toList();

        assertThat(bill.lines().findFirst().orElseThrow().split(",")).containsExactlyElementsOf(documented);
        assertThat(Cur2BillGenerator.header()).contains("identity_line_item_id", "bill_payer_account_id",
                "line_item_line_item_type", "line_item_unblended_cost", "pricing_public_on_demand_cost", "product",
                "reservation_effective_cost", "savings_plan_savings_plan_effective_cost",
                "savings_plan_savings_plan_a_r_n", "resource_tags");
    }

    @Test
    void theSameSpecWritesTheSameBytesAndABillingPeriodAloneItsShareOfThem() throws Exception {
        StringWriter again = new StringWriter();
        StringWriter otherSeed = new StringWriter();
        StringWriter march = new StringWriter();
        new Cur2BillGenerator(SPEC).write(again);
        new Cur2BillGenerator(new BillSpec(12, SPEC.rows(), SPEC.firstMonth(), SPEC.lastMonth())).write(otherSeed);
        BillTotals marchTotals = new Cur2BillGenerator(SPEC).writeBillingPeriod(YearMonth.of(2025, 3), march);

        assertThat(sha256(again.toString())).isEqualTo(sha256(bill));
        assertThat(sha256(otherSeed.toString())).isNotEqualTo(sha256(bill));
        List<String> marchInWhole = bill.lines().filter(l -> l.contains(",2025-04-01T00:00:00Z,2025-03-01T00:00:00Z,")).toList();
        assertThat(march.toString().lines().skip(1).toList()).isNotEmpty().containsExactlyElementsOf(marchInWhole);
        assertThat(marchTotals.rows()).isEqualTo(marchInWhole.size());
    }

    @Test
    void theTotalsAreTheSumsOfWhatTheFileHolds() {
        CostTotals usd = written.in("USD");

        assertThat(written.rows()).isEqualTo(lineItems.size());
        assertThat(written.byCurrency()).containsOnlyKeys("USD");
        assertThat(lineItems).extracting(r -> r.get("line_item_currency_code")).containsOnly("USD");
        assertThat(sum(lineItems, r -> decimal(r, "line_item_unblended_cost"))).isEqualByComparingTo(usd.billedCost())
                .isEqualByComparingTo(usd.contractedCost());
        assertThat(sum(lineItems, Cur2BillGeneratorTest::listCost)).isEqualByComparingTo(usd.listCost());
        assertThat(sum(lineItems, Cur2BillGeneratorTest::amortizedCost)).isEqualByComparingTo(usd.effectiveCost());
        assertThat(usd.effectiveCost()).isNotEqualByComparingTo(usd.billedCost());
    }

    @Test
    void theLineItemTypesAreAwsOwnAndEveryNegationCancelsTheCoveredUsageBeforeIt() {
        Map<String, Long> types = lineItems.stream()
                .collect(Collectors.groupingBy(r -> r.get("line_item_line_item_type"), Collectors.counting()));
        assertThat(types).containsOnlyKeys("Usage", "SavingsPlanCoveredUsage", "SavingsPlanNegation",
                "SavingsPlanRecurringFee", "Tax", "Credit");
        assertThat(types.get("SavingsPlanNegation")).isEqualTo(types.get("SavingsPlanCoveredUsage")).isGreaterThan(100);

        for (int i = 0; i < lineItems.size(); i++) {
            CSVRecord item = lineItems.get(i);
            if (item.get("line_item_line_item_type").equals("SavingsPlanNegation")) {
                CSVRecord covered = lineItems.get(i - 1);
                assertThat(covered.get("line_item_line_item_type")).isEqualTo("SavingsPlanCoveredUsage");
                assertThat(decimal(item, "line_item_unblended_cost").negate())
                        .isEqualByComparingTo(decimal(covered, "line_item_unblended_cost"));
                assertThat(item.get("savings_plan_savings_plan_a_r_n")).isEqualTo(covered.get("savings_plan_savings_plan_a_r_n"))
                        .startsWith("arn:aws:savingsplans::602214076022:savingsplan/");
                assertThat(item.get("line_item_line_item_description"))
                        .isEqualTo("SavingsPlanNegation used by AccountId : " + covered.get("line_item_usage_account_id")
                                + " and UsageSku : " + covered.get("product_sku"));
            }
        }
    }

    @Test
    void theBillIsOneOrganizationsWithTaggedResourcesAndAwsProductNames() {
        List<CSVRecord> usage = lineItems.stream().filter(Cur2BillGeneratorTest::isUsage).toList();
        List<JsonObject> tags = usage.stream().map(r -> TestFiles.json(r.get("resource_tags"))).toList();
        long untagged = tags.stream().filter(JsonObject::isEmpty).count();

        assertThat(lineItems).extracting(r -> r.get("bill_payer_account_id")).containsOnly("602214076022");
        assertThat(lineItems).extracting(r -> r.get("identity_line_item_id")).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z2-7]{52}"));
        assertThat(lineItems.stream().map(r -> r.get("line_item_usage_account_id")).distinct()).hasSize(7)
                .contains("602214076022");
        assertThat(usage).extracting(r -> r.get("line_item_usage_account_name"))
                .allMatch(name -> name.matches("(fulfilment|warehouse)-(prod|staging|dev)"));
        assertThat(tags).allSatisfy(t -> assertThat(t.keySet()).allMatch(key -> key.startsWith("user_")));
        assertThat(untagged).isBetween(usage.size() / 20L, usage.size() / 3L);
        assertThat(usage).extracting(r -> TestFiles.json(r.get("product")).getString("product_name"))
                .contains("Amazon Elastic Compute Cloud", "Amazon Simple Storage Service");
        assertThat(usage).extracting(r -> r.get("line_item_product_code")).contains("AmazonEC2", "AmazonS3", "AWSLambda");
        assertThat(usage).extracting(r -> r.get("line_item_usage_type")).contains("BoxUsage:m5.xlarge");
        assertThat(lineItems).extracting(r -> OffsetDateTime.parse(r.get("line_item_usage_start_date")))
                .allMatch(start -> !YearMonth.from(start).isBefore(SPEC.firstMonth()) && !YearMonth.from(start).isAfter(SPEC.lastMonth()));
    }

    @Test
    void usageFollowsWeekdays() {
        List<CSVRecord> usage = lineItems.stream().filter(Cur2BillGeneratorTest::isUsage).toList();
        Predicate<CSVRecord> weekend = r -> OffsetDateTime.parse(r.get("line_item_usage_start_date")).getDayOfWeek()
                .compareTo(DayOfWeek.SATURDAY) >= 0;

        assertThat(average(usage.stream().filter(weekend.negate()).toList()))
                .isGreaterThan(average(usage.stream().filter(weekend).toList()));
    }

    private static boolean isUsage(CSVRecord item) {
        return item.get("line_item_line_item_type").equals("Usage")
                || item.get("line_item_line_item_type").equals("SavingsPlanCoveredUsage");
    }

    private static BigDecimal average(List<CSVRecord> items) {
        return sum(items, Cur2BillGeneratorTest::listCost).divide(BigDecimal.valueOf(items.size()), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal listCost(CSVRecord item) {
        String publicCost = item.get("pricing_public_on_demand_cost");
        return publicCost.isEmpty() ? decimal(item, "line_item_unblended_cost") : new BigDecimal(publicCost);
    }

    /** AWS's net amortized view of a line item (the rule docs/formats.md gives for the CUR). */
    private static BigDecimal amortizedCost(CSVRecord item) {
        return switch (item.get("line_item_line_item_type")) {
            case "SavingsPlanCoveredUsage" -> decimal(item, "savings_plan_savings_plan_effective_cost");
            case "SavingsPlanNegation" -> BigDecimal.ZERO;
            case "SavingsPlanRecurringFee" -> decimal(item, "savings_plan_total_commitment_to_date")
                    .subtract(decimal(item, "savings_plan_used_commitment"));
            default -> decimal(item, "line_item_unblended_cost");
        };
    }

    private static BigDecimal decimal(CSVRecord item, String column) {
        return new BigDecimal(item.get(column));
    }

    private static BigDecimal sum(List<CSVRecord> items, Function<CSVRecord, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String sha256(String text) {
        return TestFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
