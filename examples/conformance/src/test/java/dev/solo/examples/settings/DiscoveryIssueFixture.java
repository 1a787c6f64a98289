package dev.solo.examples.settings;

import org.junit.jupiter.api.Test;

/**
 * Jupiter reports a WARNING discovery issue for the private test method: with
 * {@code junit.platform.discovery.issue.severity.critical=warning} the engine fails and runs
 * nothing, with Solo on as without. Named so that no scan picks it up.
 */
class DiscoveryIssueFixture {

    @Test
    @SuppressWarnings("unused")
    private void hidden() {
    }

    @Test
    void visible() {
    }
}
