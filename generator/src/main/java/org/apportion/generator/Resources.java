package org.apportion.generator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apportion.generator.FictionalCompany.Provider;
import org.apportion.generator.FictionalCompany.Region;
import org.apportion.generator.FictionalCompany.Service;
import org.apportion.generator.FictionalCompany.SubAccount;

/**
 * The company's cloud resources. A resource is a well-mixed 64-bit identity; where it runs, what it is called and
 * how it is tagged all derive from it, so that a resource keeps its region, name and tags on every row of every
 * form of bill.
 */
final class Resources {

    /**
     * One resource: its provider's id for it, name, region, availability zone (null where the service is not
     * zonal or the provider does not say), the application it belongs to and its tags (null when untagged).
     */
    record Resource(long identity, String id, String name, Region region, String availabilityZone,
                    String application, Map<String, String> tags) {
    }

    private Resources() {
    }

    /** The identity of a sub-account's n-th resource of a service. */
    static long identity(int account, int service, int resource) {
        return Mixing.mix((account * 1_000_003L + service) * 1_000_003L + resource);
    }

    /** Almost half of the production resources of a commitment-eligible service run under the commitment. */
    static boolean committed(SubAccount account, Service service, long identity) {
        return service.commitmentEligible() && account.production() && Math.floorMod(identity, 100) < 45;
    }

    static Resource of(SubAccount account, Service service, long identity) {
        Provider provider = account.provider();
        var regions = provider.regions();
        Region region = Math.floorMod(identity >>> 3, 10) < 8 ? account.homeRegion()
                : regions.get((int) Math.floorMod(identity >>> 7, regions.size()));
        var team = account.team();
        String application = team.applications().get((int) Math.floorMod(identity >>> 17, team.applications().size()));
        String name = application + "-" + Long.toHexString(identity & 0xFFFFFFFFL | 1L << 32).substring(1);
        boolean zonal = service.category().equals("Compute") || service.category().equals("Databases");
        char zone = "abc".charAt((int) Math.floorMod(identity >>> 11, 3));
        String id;
        String availabilityZone = null;
        if (provider == FictionalCompany.AWS) {
            String code = service.name().substring(service.name().indexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(' ', '-');
            id = "arn:aws:" + code + ":" + region.id() + ":" + account.id() + ":"
                    + service.resourceType().toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + name;
            availabilityZone = zonal ? region.id() + zone : null;
        } else if (provider == FictionalCompany.MICROSOFT) {
            id = "/subscriptions/" + account.id() + "/resourceGroups/rg-" + application
                    + "/providers/" + service.resourceType() + "/" + name;
        } else {
            String[] type = service.resourceType().split("/");
            id = "//" + type[0] + "/projects/" + account.id() + "/locations/" + region.id() + "/"
                    + type[1].toLowerCase(Locale.ROOT) + "s/" + name;
            availabilityZone = zonal ? region.id() + "-" + zone : null;
        }
        return new Resource(identity, id, name, region, availabilityZone, application, tags(account, application, identity));
    }

    /**
     * About one resource in seven is untagged; some use "env" instead of "environment" or lack a cost center.
     * Keys in this order: application, environment, cost_center, owner, team.
     */
    private static Map<String, String> tags(SubAccount account, String application, long identity) {
        if (Math.floorMod(identity >>> 21, 100) < 15) {
            return null;
        }
        var team = account.team();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("application", application);
        tags.put(Math.floorMod(identity >>> 29, 20) == 0 ? "env" : "environment", account.environment());
        if (Math.floorMod(identity >>> 33, 8) != 0) {
            tags.put("cost_center", team.costCenter());
        }
        tags.put("owner", team.owners().get((int) Math.floorMod(identity >>> 37, 2)));
        tags.put("team", team.name());
        return Collections.unmodifiableMap(tags);
    }
}
