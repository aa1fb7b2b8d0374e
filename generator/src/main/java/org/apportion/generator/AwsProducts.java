package org.apportion.generator;

import java.util.Map;
import org.apportion.generator.FictionalCompany.Region;
import org.apportion.generator.FictionalCompany.Service;

/** How AWS's own reports name the company's AWS services: product codes, usage types, operations, families. */
final class AwsProducts {

    /**
     * One AWS product: its code (also the service code), usage type without the region prefix, operation, product
     * family, instance type where it has one, and what AWS's line item description says a unit is.
     */
    record AwsProduct(String code, String usageType, String operation, String family, String instanceType,
                      String unitDescription) {
    }

    private static final Map<String, AwsProduct> PRODUCTS = Map.ofEntries(
            product("Amazon Elastic Compute Cloud", "AmazonEC2", "BoxUsage:m5.xlarge", "RunInstances", "Compute Instance", "m5.xlarge", "On Demand Linux m5.xlarge Instance Hour"),
            product("Amazon Simple Storage Service", "AmazonS3", "TimedStorage-ByteHrs", "StandardStorage", "Storage", null, "GB - first 50 TB / month of storage used"),
            product("Amazon Relational Database Service", "AmazonRDS", "InstanceUsage:db.r6g.large", "CreateDBInstance:0014", "Database Instance", "db.r6g.large", "RDS db.r6g.large Single-AZ instance hour running PostgreSQL"),
            product("AWS Lambda", "AWSLambda", "Lambda-GB-Second", "Invoke", "Serverless", null, "Lambda-GB-Second for x86 architecture"),
            product("Amazon DynamoDB", "AmazonDynamoDB", "ReadRequestUnits", "PayPerRequestThroughput", "Amazon DynamoDB PayPerRequest Throughput", null, "read request unit"),
            product("Amazon CloudFront", "AmazonCloudFront", "DataTransfer-Out-Bytes", "GET", "Data Transfer", null, "GB for the first 10 TB data transfer out"),
            product("Amazon Virtual Private Cloud", "AmazonVPC", "NatGateway-Hours", "NatGateway", "NAT Gateway", null, "NAT Gateway Hour"),
            product("Amazon SageMaker", "AmazonSageMaker", "Notebk:ml.t3.medium", "RunInstance:0001", "ML Instance", "ml.t3.medium", "hour for Notebook Instance ml.t3.medium"),
            product("Amazon Bedrock", "AmazonBedrock", "Claude3.5Haiku-input-tokens", "InvokeModelInference", "Amazon Bedrock", null, "1K input tokens for Claude 3.5 Haiku"),
            product("AmazonCloudWatch", "AmazonCloudWatch", "DataProcessing-Bytes", "PutLogEvents", "Data Payload", null, "GB custom log data ingested"),
            product("AWS Key Management Service", "awskms", "KMS-Requests", "GenerateDataKey", "Encryption Key", null, "request"),
            product("Amazon Simple Queue Service", "AWSQueueService", "Requests-Tier1", "SendMessage", "API Request", null, "request"),
            product("Amazon Redshift", "AmazonRedshift", "Node:ra3.xlplus", "RunComputeNode:0001", "Compute Instance", "ra3.xlplus", "Redshift ra3.xlplus Compute Node hour"),
            product("Amazon Elastic Kubernetes Service", "AmazonEKS", "AmazonEKS-Hours:perCluster", "CreateOperation", "Compute", null, "hour per Amazon EKS cluster"),
            product("Amazon Cognito", "AmazonCognito", "CognitoUserPoolsMAU", "CognitoUserPoolMAU", "User Pool MAU", null, "monthly active user"),
            product("AWS CodeBuild", "CodeBuild", "Build-Min:Linux:g1.small", "LinuxContainer", "Compute", null, "build minute on general1.small"),
            product("AWS Elemental MediaConvert", "AWSElementalMediaConvert", "MediaConvert-Basic-SD", "MediaConvert", "Media Conversion", null, "minute of SD output"));

    private static final Map<String, String> REGION_PREFIXES = Map.of("us-east-1", "", "us-west-2", "USW2-",
            "eu-west-1", "EU-", "eu-central-1", "EUC1-", "ap-southeast-1", "APS1-");

    private AwsProducts() {
    }

    static AwsProduct of(Service service) {
        AwsProduct product = PRODUCTS.get(service.name());
        if (product == null) {
            throw new IllegalArgumentException("No AWS product code for " + service.name());
        }
        return product;
    }

    /** The usage type as AWS writes it in that region: a region prefix, none for US East (N. Virginia). */
    static String usageType(AwsProduct product, Region region) {
        return REGION_PREFIXES.getOrDefault(region.id(), "") + product.usageType();
    }

    private static Map.Entry<String, AwsProduct> product(String service, String code, String usageType, String operation,
                                                         String family, String instanceType, String unitDescription) {
        return Map.entry(service, new AwsProduct(code, usageType, operation, family, instanceType, unitDescription));
    }
}
