package dev.solo.examples.multimodule;

/** Uses the core module. */
public final class Greeter {
	private Greeter() {
	}

	public static String greet(int a, int b) {
		return "sum " + Calculator.add(a, b);
	}
}
