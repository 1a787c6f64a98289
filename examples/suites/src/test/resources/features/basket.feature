Feature: Basket

  Scenario: an empty basket
    Given an empty basket
    Then the basket holds 0 items

  Scenario: a basket that breaks when asked
    Given an empty basket
    When I put in 2 items
    Then the basket holds 2 items, unless the build asks for a failure
