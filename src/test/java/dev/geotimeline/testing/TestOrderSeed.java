package dev.geotimeline.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints the seed of the random class and method order, so that a failing order can be replayed. */
public class TestOrderSeed implements TestExecutionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        // The *IT tests (failsafe) run in their declared order: no seed to print.
        testPlan.getConfigurationParameters()
                .get(SEED)
                .ifPresent(seed -> System.out.println(
                        "Random test order seed: " + seed + "  (replay with -Dtest.order.seed=" + seed + ")"));
    }
}
