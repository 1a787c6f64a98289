package dev.solo.launcher.terminal;

/** ANSI colours, or none: colours only on a terminal unless asked for. */
final class Style {
	private final boolean enabled;

	Style(boolean enabled) {
		this.enabled = enabled;
	}

	String green(String text) {
		return paint("32;1", text);
	}

	String red(String text) {
		return paint("31;1", text);
	}

	String yellow(String text) {
		return paint("33;1", text);
	}

	String magenta(String text) {
		return paint("35;1", text);
	}

	String cyan(String text) {
		return paint("36", text);
	}

	String bold(String text) {
		return paint("1", text);
	}

	String dim(String text) {
		return paint("2", text);
	}

	private String paint(String code, String text) {
		return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
	}
}
