package dev.solo.examples.multimodule;

/** A class another module uses, so that module's test class path holds this one's classes. */
public final class Calculator {
	private Calculator() {
	}

	public static int add(int a, int b) {
		return a + b;
	}
}
