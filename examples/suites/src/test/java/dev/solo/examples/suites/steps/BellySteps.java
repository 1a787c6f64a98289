package dev.solo.examples.suites.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class BellySteps {
    private int cukes;

    @Given("I have {int} cukes in my belly")
    public void have(int count) {
        cukes = count;
    }

    @When("I eat {int} more")
    public void eat(int count) {
        cukes += count;
    }

    @Then("my belly holds {int} cukes")
    public void left(int count) {
        assertEquals(count, cukes);
    }
}
