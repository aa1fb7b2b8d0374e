package org.apportion.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apportion.base.FieldProblem;
import org.apportion.base.InvalidFieldsException;
import org.apportion.costmodel.CostCenterService;

/**
 * Publishes allocation rules: a new rule is version 1, an edit publishes the next version and replaces the
 * current one, a deletion replaces it with nothing. Each change is checked against the whole current rule set
 * (and the cost centers it names) before it is stored.
 */
@Stateless
public class AllocationRuleService {

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    @Inject
    private CostCenterService costCenters;

    private final Clock clock = Clock.systemUTC();

    /** The rules in force now, by stage and priority. */
    public List<PublishedRule> current() {
        return em.createNamedQuery(PublishedRule.CURRENT, PublishedRule.class).getResultList();
    }

    /** The rule set as it stood at an instant: what a run started then evaluated. */
    public List<AllocationRule> rulesAsOf(Instant instant) {
        return em.createNamedQuery(PublishedRule.AS_OF, PublishedRule.class).setParameter("instant", instant)
                .getResultStream().map(PublishedRule::toRule).toList();
    }

    public Optional<PublishedRule> currentVersion(long ruleId) {
        return versions(ruleId).stream().filter(r -> r.getReplacedAt() == null).findFirst();
    }

    public List<PublishedRule> versions(long ruleId) {
        return em.createNamedQuery(PublishedRule.VERSIONS, PublishedRule.class).setParameter("ruleId", ruleId)
                .getResultList();
    }

    /** Publishes a new rule as version 1. */
    public PublishedRule publish(JsonObject body, String user) {
        long ruleId = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(rule_id), 0) + 1 FROM allocation_rule")
                .getSingleResult()).longValue();
        return store(ruleId, 1, body, user, null);
    }

    /** Publishes the next version of a rule in force; empty when there is none. */
    public Optional<PublishedRule> revise(long ruleId, JsonObject body, String user) {
        Optional<PublishedRule> current = currentVersion(ruleId);
        current.ifPresent(r -> em.lock(r, LockModeType.PESSIMISTIC_WRITE));
        return current.map(r -> store(ruleId, r.getVersion() + 1, body, user, r));
    }

    /** Takes a rule out of force; its versions stay in history. */
    public boolean retire(long ruleId) {
        Optional<PublishedRule> current = currentVersion(ruleId);
        current.ifPresent(r -> r.replace(clock.instant()));
        return current.isPresent();
    }

    /** Checks a draft rule set as the preview evaluates it: the rules' own problems and unknown cost centers. */
    public List<RuleProblem> check(List<AllocationRule> rules) {
        List<RuleProblem> problems = new ArrayList<>(RuleValidation.check(rules));
        Predicate<String> exists = costCenterExists();
        for (AllocationRule rule : rules) {
            problems.addAll(unknownTargets(rule, exists));
        }
        return problems;
    }

    private Predicate<String> costCenterExists() {
        return java.util.Set.copyOf(costCenters.hierarchy().codes())::contains;
    }

    private PublishedRule store(long ruleId, int version, JsonObject body, String user, PublishedRule replaced) {
        AllocationRuleJson.Parsed parsed = AllocationRuleJson.fromJson(body, Long.toString(ruleId), version);
        List<RuleProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(unknownTargets(parsed.rule(), costCenterExists()));
        if (parsed.isValid()) {
            List<AllocationRule> set = new ArrayList<>(current().stream().filter(r -> r != replaced)
                    .map(PublishedRule::toRule).toList());
            set.add(parsed.rule());
            RuleValidation.check(set).stream().filter(p -> p.ruleId().equals(Long.toString(ruleId)))
                    .forEach(problems::add);
        }
        InvalidFieldsException.throwIfAny("The allocation rule has " + problems.size()
                + " problem(s); nothing was published.", asFieldProblems(problems));
        Instant now = clock.instant();
        if (replaced != null) {
            replaced.replace(now);
        }
        PublishedRule published = new PublishedRule(ruleId, version, parsed.rule(), now, user);
        em.persist(published);
        em.flush();
        return published;
    }

    public static List<FieldProblem> asFieldProblems(List<RuleProblem> problems) {
        return problems.stream().map(p -> FieldProblem.of(p.field(), p.message())).toList();
    }

    private static List<RuleProblem> unknownTargets(AllocationRule rule, Predicate<String> costCenterExists) {
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < rule.targets().size(); i++) {
            String code = rule.targets().get(i).costCenterCode();
            if (code != null && !costCenterExists.test(code)) {
                problems.add(new RuleProblem(rule.id(), rule.version(), "targets[" + i + "].costCenterCode",
                        "No cost center " + code + "."));
            }
        }
        return problems;
    }
}
