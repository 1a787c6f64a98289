Feature: Direct

  Scenario: found without a suite
    Given an empty basket
    When I put in 1 items
    Then the basket holds 1 items

  Scenario: found without a suite, too
    Given I have 1 cukes in my belly
    Then my belly holds 1 cukes
