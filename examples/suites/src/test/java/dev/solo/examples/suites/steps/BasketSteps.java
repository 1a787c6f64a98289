package dev.solo.examples.suites.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

public class BasketSteps {
    private List<String> basket;

    @Given("an empty basket")
    public void empty() {
        basket = new ArrayList<>();
    }

    @When("I put in {int} items")
    public void put(int count) {
        for (int i = 0; i < count; i++) {
            basket.add("item " + i);
        }
    }

    @Then("the basket holds {int} items")
    public void holds(int count) {
        assertEquals(count, basket.size());
    }

    @Then("the basket holds {int} items, unless the build asks for a failure")
    public void holdsUnlessFailureWanted(int count) {
        assertEquals(Failure.wanted() ? count + 1 : count, basket.size(), "SUITES_FAIL=1 asked for this failure");
    }
}
