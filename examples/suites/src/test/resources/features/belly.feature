Feature: Belly

  Scenario: a few cukes
    Given I have 5 cukes in my belly
    When I eat 2 more
    Then my belly holds 7 cukes

  Scenario Outline: eating cukes
    Given I have <start> cukes in my belly
    When I eat <eaten> more
    Then my belly holds <left> cukes

    Examples:
      | start | eaten | left |
      | 0     | 1     | 1    |
      | 12    | 3     | 15   |
