package org.apportion.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Northwind Logistics, the fictional company whose cloud bills the generator writes: four billing accounts
 * with AWS, Microsoft and Google, 50 sub-accounts (16 teams × prod/staging/dev plus two shared accounts),
 * and the services each team uses. The company is the same whatever the bill's seed. Its teams also run
 * LLM projects ({@link LlmWorkloads}) and services at a hosting vendor ({@link HostingInvoiceGenerator}).
 */
final class FictionalCompany {

    /** Rows of a service follow office hours and weekdays, or run flat around the clock. */
    enum Load { OFFICE_HOURS, FLAT }

    record Region(String id, String name) {
    }

    /** A cloud provider as FOCUS names it, with the negotiated discount on its list prices. */
    record Provider(String name, String invoiceIssuer, String publisher, List<Region> regions,
                    List<Service> services, BigDecimal negotiatedDiscount) {
    }

    /** A commitment discount (Savings Plan, reservation, committed use discount) and its hourly fee. */
    record Commitment(String id, String name, String category, String type, BigDecimal hourlyFee,
                      BigDecimal effectiveRate) {
    }

    /**
     * A billed service with one SKU: typical pricing quantity of one resource for one hour, how many
     * resources a sub-account runs, and how often it appears in the bill (weight).
     */
    record Service(String name, String category, String pricingUnit, BigDecimal listUnitPrice,
                   BigDecimal typicalQuantity, int resourcesPerAccount, Load load, String resourceType,
                   boolean commitmentEligible, int weight, String skuId) {
    }

    /** A billing account (AWS payer, Azure billing profile, GCP billing account) with the commitment it bought. */
    record BillingAccount(String id, String name, Provider provider, Commitment commitment) {
    }

    record Team(String name, String costCenter, List<String> applications, List<String> owners) {
    }

    record SubAccount(int index, String id, String name, String environment, Team team, Provider provider,
                      BillingAccount billingAccount, Region homeRegion, int weight) {

        boolean production() {
            return environment.equals("prod");
        }
    }

    static final Provider AWS = new Provider("AWS", "Amazon Web Services, Inc.", "Amazon Web Services, Inc.",
            List.of(new Region("us-east-1", "US East (N. Virginia)"), new Region("us-west-2", "US West (Oregon)"),
                    new Region("eu-west-1", "Europe (Ireland)"), new Region("eu-central-1", "Europe (Frankfurt)"),
                    new Region("ap-southeast-1", "Asia Pacific (Singapore)")),
            List.of(
                    service("Amazon Elastic Compute Cloud", "Compute", "Hrs", "0.192", "1", 40, Load.OFFICE_HOURS, "Instance", true, 30),
                    service("Amazon Simple Storage Service", "Storage", "GB-Mo", "0.023", "6.8", 25, Load.FLAT, "Bucket", false, 12),
                    service("Amazon Relational Database Service", "Databases", "Hrs", "0.171", "1", 6, Load.FLAT, "DB Instance", false, 8),
                    service("AWS Lambda", "Compute", "Lambda-GB-Second", "0.0000166667", "3600", 30, Load.OFFICE_HOURS, "Function", false, 6),
                    service("Amazon DynamoDB", "Databases", "ReadRequestUnits", "0.00000025", "250000", 10, Load.OFFICE_HOURS, "Table", false, 4),
                    service("Amazon CloudFront", "Networking", "GB", "0.085", "4", 3, Load.OFFICE_HOURS, "Distribution", false, 3),
                    service("Amazon Virtual Private Cloud", "Networking", "Hrs", "0.045", "1", 4, Load.FLAT, "NAT Gateway", false, 4),
                    service("Amazon SageMaker", "AI and Machine Learning", "Hrs", "0.23", "1", 4, Load.OFFICE_HOURS, "Notebook Instance", false, 2),
                    service("Amazon Bedrock", "AI and Machine Learning", "1K tokens", "0.003", "100", 2, Load.OFFICE_HOURS, "Model", false, 2),
                    service("AmazonCloudWatch", "Management and Governance", "GB", "0.50", "0.2", 5, Load.OFFICE_HOURS, "Log Group", false, 4),
                    service("AWS Key Management Service", "Security", "Requests", "0.000003", "5000", 3, Load.OFFICE_HOURS, "Key", false, 2),
                    service("Amazon Simple Queue Service", "Integration", "Requests", "0.0000004", "200000", 6, Load.OFFICE_HOURS, "Queue", false, 2),
                    service("Amazon Redshift", "Analytics", "Hrs", "0.25", "2", 2, Load.FLAT, "Cluster", false, 2),
                    service("Amazon Elastic Kubernetes Service", "Compute", "Hrs", "0.10", "1", 2, Load.FLAT, "Cluster", false, 3),
                    service("Amazon Cognito", "Identity", "MAU", "0.0055", "5", 1, Load.FLAT, "User Pool", false, 1),
                    service("AWS CodeBuild", "Developer Tools", "Minutes", "0.005", "20", 3, Load.OFFICE_HOURS, "Project", false, 1),
                    service("AWS Elemental MediaConvert", "Media", "Minutes", "0.0075", "10", 1, Load.OFFICE_HOURS, "Queue", false, 1)),
            new BigDecimal("0.06"));

    static final Provider MICROSOFT = new Provider("Microsoft", "Microsoft", "Microsoft",
            List.of(new Region("eastus", "East US"), new Region("westeurope", "West Europe"),
                    new Region("northeurope", "North Europe"), new Region("southeastasia", "Southeast Asia")),
            List.of(
                    service("Virtual Machines", "Compute", "1 Hour", "0.192", "1", 30, Load.OFFICE_HOURS, "Microsoft.Compute/virtualMachines", true, 30),
                    service("Storage", "Storage", "1 GB/Month", "0.0184", "14", 20, Load.FLAT, "Microsoft.Storage/storageAccounts", false, 12),
                    service("Azure SQL Database", "Databases", "1 Hour", "0.5044", "1", 5, Load.FLAT, "Microsoft.Sql/servers/databases", true, 6),
                    service("Azure Cosmos DB", "Databases", "100 RU/s/Hour", "0.008", "10", 4, Load.OFFICE_HOURS, "Microsoft.DocumentDB/databaseAccounts", false, 4),
                    service("Azure Kubernetes Service", "Compute", "1 Hour", "0.10", "1", 3, Load.FLAT, "Microsoft.ContainerService/managedClusters", false, 4),
                    service("Azure OpenAI Service", "AI and Machine Learning", "1K Tokens", "0.0025", "100", 2, Load.OFFICE_HOURS, "Microsoft.CognitiveServices/accounts", false, 3),
                    service("Bandwidth", "Networking", "1 GB", "0.087", "3", 5, Load.OFFICE_HOURS, "Microsoft.Network/publicIPAddresses", false, 3),
                    service("Azure Monitor", "Management and Governance", "1 GB", "2.30", "0.08", 3, Load.OFFICE_HOURS, "Microsoft.OperationalInsights/workspaces", false, 3),
                    service("Key Vault", "Security", "10K Operations", "0.03", "2", 3, Load.OFFICE_HOURS, "Microsoft.KeyVault/vaults", false, 2),
                    service("Azure App Service", "Web", "1 Hour", "0.146", "1", 8, Load.FLAT, "Microsoft.Web/serverFarms", true, 5),
                    service("Azure Data Factory v2", "Integration", "1 Hour", "0.25", "0.5", 2, Load.OFFICE_HOURS, "Microsoft.DataFactory/factories", false, 2),
                    service("Microsoft Defender for Cloud", "Security", "1 Hour", "0.02", "1", 3, Load.FLAT, "Microsoft.Security/pricings", false, 2),
                    service("Azure IoT Hub", "Internet of Things", "1 Hour", "0.0347", "1", 2, Load.FLAT, "Microsoft.Devices/IotHubs", false, 1)),
            BigDecimal.ZERO);

    static final Provider GOOGLE = new Provider("Google Cloud", "Google Cloud", "Google Cloud",
            List.of(new Region("us-central1", "Iowa"), new Region("europe-west1", "Belgium"),
                    new Region("europe-west4", "Netherlands"), new Region("asia-southeast1", "Singapore")),
            List.of(
                    service("Compute Engine", "Compute", "hour", "0.134", "1", 25, Load.OFFICE_HOURS, "compute.googleapis.com/Instance", true, 30),
                    service("Cloud Storage", "Storage", "gibibyte month", "0.020", "9", 15, Load.FLAT, "storage.googleapis.com/Bucket", false, 10),
                    service("BigQuery", "Analytics", "tebibyte", "6.25", "0.02", 3, Load.OFFICE_HOURS, "bigquery.googleapis.com/Dataset", false, 8),
                    service("Cloud SQL", "Databases", "hour", "0.27", "1", 4, Load.FLAT, "sqladmin.googleapis.com/Instance", false, 6),
                    service("Vertex AI", "AI and Machine Learning", "hour", "0.75", "0.4", 3, Load.OFFICE_HOURS, "aiplatform.googleapis.com/Endpoint", false, 3),
                    service("Cloud Run", "Compute", "vCPU-second", "0.000024", "1800", 10, Load.OFFICE_HOURS, "run.googleapis.com/Service", false, 5),
                    service("Networking", "Networking", "gibibyte", "0.12", "2", 3, Load.OFFICE_HOURS, "compute.googleapis.com/Network", false, 4),
                    service("Cloud Logging", "Management and Governance", "gibibyte", "0.50", "0.1", 3, Load.OFFICE_HOURS, "logging.googleapis.com/Bucket", false, 3),
                    service("Kubernetes Engine", "Compute", "hour", "0.10", "1", 2, Load.FLAT, "container.googleapis.com/Cluster", false, 3),
                    service("Cloud Pub/Sub", "Integration", "tebibyte", "40", "0.0005", 4, Load.OFFICE_HOURS, "pubsub.googleapis.com/Topic", false, 2),
                    service("Identity Platform", "Identity", "user", "0.0055", "5", 1, Load.FLAT, "identitytoolkit.googleapis.com/Project", false, 1),
                    service("Cloud Build", "Developer Tools", "build-minute", "0.003", "15", 2, Load.OFFICE_HOURS, "cloudbuild.googleapis.com/Build", false, 1),
                    service("Database Migration Service", "Migration", "hour", "0.05", "1", 1, Load.FLAT, "datamigration.googleapis.com/MigrationJob", false, 1),
                    service("GKE Enterprise", "Multicloud", "vCPU hour", "0.0329", "8", 1, Load.FLAT, "gkehub.googleapis.com/Membership", false, 1)),
            new BigDecimal("0.04"));

    static final List<Provider> PROVIDERS = List.of(AWS, MICROSOFT, GOOGLE);

    static final BillingAccount AWS_PAYER = new BillingAccount("481516234201", "Northwind Logistics", AWS,
            new Commitment("arn:aws:savingsplans::481516234201:savingsplan/3f0c1d2e-9a8b-4c7d-b6e5-f4a3b2c1d0e9",
                    "Compute Savings Plan 1yr No Upfront", "Spend", "Savings Plan", new BigDecimal("1.6640000000"),
                    new BigDecimal("0.68")));
    /** The acquired company's own AWS organization: its bills come as CUR 2.0 in the demo data set. */
    static final BillingAccount AWS_ACQUIRED = new BillingAccount("602214076022", "Northwind Freight (acquired)", AWS,
            new Commitment("arn:aws:savingsplans::602214076022:savingsplan/9b7c5a3e-1d2f-4e6a-8b0c-2e4f6a8c0b1d",
                    "Compute Savings Plan 3yr No Upfront", "Spend", "Savings Plan", new BigDecimal("0.4160000000"),
                    new BigDecimal("0.72")));
    static final BillingAccount AZURE_BILLING = new BillingAccount(
            "5f3c2a10-7b4d-4e1f-9a2c-6d0b1e2f3a40:8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f_2019-05-31",
            "Northwind Logistics MCA", MICROSOFT,
            new Commitment("/providers/Microsoft.Capacity/reservationOrders/6d2a9c1e-3b4f-4e5a-8c7d-1f0e2d3c4b5a",
                    "northwind-reservations-1yr", "Usage", "Reservation", new BigDecimal("1.9200000000"),
                    new BigDecimal("0.62")));
    static final BillingAccount GCP_BILLING = new BillingAccount("01F3A9-7B2C4D-E5F6A7", "Northwind Logistics GCP",
            GOOGLE, new Commitment("projects/nw-platform-prod/regions/us-central1/commitments/cud-e2-1yr",
                    "cud-e2-1yr", "Usage", "Committed Use Discount", new BigDecimal("1.3400000000"),
                    new BigDecimal("0.63")));

    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev"};
    private static final int[] ENVIRONMENT_WEIGHTS = {10, 3, 2};

    private final List<SubAccount> subAccounts = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();

    FictionalCompany() {
        SplittableRandom random = new SplittableRandom(0x4E57L);
        String[][] teams = {
                {"checkout", "AWS"}, {"catalog", "AWS"}, {"search", "AWS"}, {"payments", "AWS"},
                {"routing", "AWS"}, {"web-storefront", "AWS"}, {"fulfilment", "AWS-acquired"},
                {"warehouse", "AWS-acquired"}, {"erp-integration", "Microsoft"}, {"finance-systems", "Microsoft"},
                {"customer-support", "Microsoft"}, {"fleet-telemetry", "Microsoft"}, {"identity", "Microsoft"},
                {"data-platform", "Google"}, {"ml-forecasting", "Google"}, {"analytics", "Google"}};
        for (int t = 0; t < teams.length; t++) {
            Team team = team(teams[t][0], 1001 + t, random);
            String home = teams[t][1];
            Provider provider = home.startsWith("AWS") ? AWS : home.equals("Microsoft") ? MICROSOFT : GOOGLE;
            BillingAccount account = home.equals("AWS-acquired") ? AWS_ACQUIRED
                    : provider == AWS ? AWS_PAYER : provider == MICROSOFT ? AZURE_BILLING : GCP_BILLING;
            int teamSize = 1 + random.nextInt(4);
            Region homeRegion = provider.regions().get(random.nextInt(2));
            for (int e = 0; e < ENVIRONMENTS.length; e++) {
                addSubAccount(team, ENVIRONMENTS[e], provider, account, homeRegion, teamSize * ENVIRONMENT_WEIGHTS[e], random);
            }
        }
        Team platform = team("platform", 1020, random);
        addSubAccount(platform, "prod", AWS, AWS_PAYER, AWS.regions().get(0), 20, random);
        addSubAccount(team("security", 1021, random), "prod", AWS, AWS_PAYER, AWS.regions().get(0), 4, random);
    }

    private void addSubAccount(Team team, String environment, Provider provider, BillingAccount account,
                               Region homeRegion, int weight, SplittableRandom random) {
        String name = team.name() + "-" + environment;
        String id = provider == AWS ? String.format("%012d", random.nextLong(100_000_000_000L, 1_000_000_000_000L))
                : provider == MICROSOFT ? uuid(random) : "nw-" + name;
        subAccounts.add(new SubAccount(subAccounts.size(), id, name, environment, team, provider, account, homeRegion, weight));
    }

    private Team team(String name, int costCenter, SplittableRandom random) {
        String[] products = {"api", "worker", "portal", "etl", "gateway", "scheduler", "sync", "reports"};
        List<String> applications = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String application = name + "-" + products[random.nextInt(products.length)];
            if (!applications.contains(application)) {
                applications.add(application);
            }
        }
        String[] people = {"ana.silva", "ben.okafor", "chen.wei", "dana.kowalski", "eli.haddad", "fatima.noor",
                "gus.lindqvist", "hana.sato", "ivan.petrov", "jo.martin", "kofi.mensah", "lea.dubois"};
        List<String> owners = List.of(people[random.nextInt(people.length)] + "@northwind.example",
                people[random.nextInt(people.length)] + "@northwind.example");
        Team team = new Team(name, "CC-" + costCenter, List.copyOf(applications), owners);
        teams.add(team);
        return team;
    }

    private static String uuid(SplittableRandom random) {
        String hex = Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
                + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }

    private static Service service(String name, String category, String unit, String listUnitPrice, String quantity,
                                   int resources, Load load, String resourceType, boolean commitmentEligible, int weight) {
        // A stable, provider-looking SKU id derived from the service name.
        String sku = Long.toString(Integer.toUnsignedLong(name.hashCode()) * 2654435761L & 0xFFFFFFFFFFL, 36)
                .toUpperCase(java.util.Locale.ROOT);
        return new Service(name, category, unit, new BigDecimal(listUnitPrice), new BigDecimal(quantity), resources,
                load, resourceType, commitmentEligible, weight, sku);
    }

    List<SubAccount> subAccounts() {
        return subAccounts;
    }

    /** The 16 product teams in the order of their cost centers, then the shared platform and security teams. */
    List<Team> teams() {
        return List.copyOf(teams);
    }

    /** The team of that name; teams also own the company's LLM projects and hosted services. */
    Team team(String name) {
        return teams.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No team " + name));
    }
}
