package dev.solo.examples.suites.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

public class Hooks {

    @Before
    public void recordJvm(Scenario scenario) {
        PidLog.record("scenario." + scenario.getName());
    }
}
