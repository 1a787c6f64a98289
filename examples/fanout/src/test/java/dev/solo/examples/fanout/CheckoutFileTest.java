package dev.solo.examples.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A test that reads a file of the checkout, written to run from an archive too: the checkout is
 * found through SOLO_WORKSPACE_ROOT (which --workspace-remap moves), never through a path
 * compiled in or the build machine's folders.
 */
class CheckoutFileTest {
	@Test
	void readsTheCatalogueOfTheCheckout() throws IOException {
		Path root = Path.of(System.getenv().getOrDefault("SOLO_WORKSPACE_ROOT", System.getProperty("user.dir")));
		assertEquals("widget,gadget,gizmo", Files.readString(root.resolve("data/catalogue.csv")).strip());
	}
}
